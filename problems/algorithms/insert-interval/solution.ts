function insertInterval(intervals: number[][], newInterval: number[]): number[][] {
  const result: number[][] = []
  let [start, end] = newInterval
  let i = 0
  const n = intervals.length
  // 1. Periods that end before the new one starts are untouched.
  while (i < n && intervals[i][1] < start) result.push(intervals[i++])
  // 2. Periods that start no later than the new one ends overlap or touch it: absorb them.
  while (i < n && intervals[i][0] <= end) {
    if (intervals[i][0] < start) start = intervals[i][0]
    if (intervals[i][1] > end) end = intervals[i][1]
    i++
  }
  result.push([start, end])
  // 3. The rest comes after the new period.
  while (i < n) result.push(intervals[i++])
  return result
}
