// expect: wrong_answer
// Patience sorting with the wrong bound: it replaces the first tail that is strictly greater than x,
// so an equal reading extends the chain — it computes the longest non-decreasing subsequence.
function longestRisingSubsequence(readings: number[]): number {
  const tails: number[] = []
  for (const x of readings) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tails[mid] <= x) lo = mid + 1
      else hi = mid
    }
    tails[lo] = x
  }
  return tails.length
}
