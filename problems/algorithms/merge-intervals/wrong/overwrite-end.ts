// expect: wrong_answer
// When two windows overlap, sets the end to the newer window's end instead of the larger of the two:
// a window nested inside another cuts it short ([2, 20] and [6, 8] become [2, 8]).
function mergeIntervals(intervals: number[][]): number[][] {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0])
  const merged: number[][] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && start <= last[1]) {
      last[1] = end
    } else {
      merged.push([start, end])
    }
  }
  return merged
}
