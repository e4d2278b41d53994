// expect: wrong_answer
// Measures the longest run of consecutive rising minutes: a subsequence may skip readings, a run may not.
function longestRisingSubsequence(readings: number[]): number {
  if (readings.length === 0) return 0
  let best = 1
  let run = 1
  for (let i = 1; i < readings.length; i++) {
    run = readings[i] > readings[i - 1] ? run + 1 : 1
    if (run > best) best = run
  }
  return best
}
