// expect: wrong_answer
// Starts the chain at the first reading and greedily takes every reading above the last one taken:
// one high early reading blocks everything after it ([9, 1, 2, 3] gives 1).
function longestRisingSubsequence(readings: number[]): number {
  if (readings.length === 0) return 0
  let length = 1
  let last = readings[0]
  for (let i = 1; i < readings.length; i++) {
    if (readings[i] > last) {
      length++
      last = readings[i]
    }
  }
  return length
}
