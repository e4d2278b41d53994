// expect: time_limit
// Skips the sort: each window absorbs every already-merged window it overlaps, by scanning the whole
// result list. Correct, but with thousands of disjoint windows the scans add up to O(n²).
function mergeIntervals(intervals: number[][]): number[][] {
  let result: number[][] = []
  for (const interval of intervals) {
    let start = interval[0]
    let end = interval[1]
    const kept: number[][] = []
    for (const other of result) {
      if (other[0] <= end && start <= other[1]) {
        if (other[0] < start) start = other[0]
        if (other[1] > end) end = other[1]
      } else {
        kept.push(other)
      }
    }
    kept.push([start, end])
    result = kept
  }
  return result.sort((a, b) => a[0] - b[0])
}
