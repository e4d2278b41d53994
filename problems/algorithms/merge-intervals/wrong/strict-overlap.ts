// expect: wrong_answer
// Merges only when the next window starts strictly before the current one ends, so touching windows
// such as [1, 5] and [5, 7] stay separate.
function mergeIntervals(intervals: number[][]): number[][] {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0])
  const merged: number[][] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && start < last[1]) {
      last[1] = Math.max(last[1], end)
    } else {
      merged.push([start, end])
    }
  }
  return merged
}
