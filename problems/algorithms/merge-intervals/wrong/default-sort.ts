// expect: wrong_answer
// Sorts with the default sort(), which compares the windows as strings ("10,12" < "5,7"), so the
// sweep sees them out of order: merges are missed and the output is not sorted by start.
function mergeIntervals(intervals: number[][]): number[][] {
  const sorted = intervals.slice().sort()
  const merged: number[][] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && start <= last[1]) {
      last[1] = Math.max(last[1], end)
    } else {
      merged.push([start, end])
    }
  }
  return merged
}
