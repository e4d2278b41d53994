// expect: time_limit
// The classic O(n²) table: longest chain ending at i = 1 + the best chain ending at a smaller earlier
// reading. Correct, but 200 million comparisons for 20 000 readings.
function longestRisingSubsequence(readings: number[]): number {
  const n = readings.length
  const endingAt: number[] = new Array(n).fill(1)
  let best = 0
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (readings[j] < readings[i] && endingAt[j] + 1 > endingAt[i]) endingAt[i] = endingAt[j] + 1
    }
    if (endingAt[i] > best) best = endingAt[i]
  }
  return best
}
