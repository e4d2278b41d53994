// expect: wrong_answer
// Treats periods that only touch as separate: [5, 9] next to [9, 12] stays as two periods,
// although both contain the moment 9.
function insertInterval(intervals: number[][], newInterval: number[]): number[][] {
  const result: number[][] = []
  let [start, end] = newInterval
  let i = 0
  while (i < intervals.length && intervals[i][1] <= start) result.push(intervals[i++])
  while (i < intervals.length && intervals[i][0] < end) {
    start = Math.min(start, intervals[i][0])
    end = Math.max(end, intervals[i][1])
    i++
  }
  result.push([start, end])
  while (i < intervals.length) result.push(intervals[i++])
  return result
}
