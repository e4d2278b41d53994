// expect: wrong_answer
// Emits the new period when it meets the first period that starts after it, merging on the way.
// When no such period exists (the new period lies after or overlaps the last one), it is never
// added: [[3, 5]] with [7, 8] returns [[3, 5]].
function insertInterval(intervals: number[][], newInterval: number[]): number[][] {
  const result: number[][] = []
  let [start, end] = newInterval
  let placed = false
  for (const [s, e] of intervals) {
    if (placed || e < start) {
      result.push([s, e])
    } else if (s > end) {
      result.push([start, end])
      placed = true
      result.push([s, e])
    } else {
      start = Math.min(start, s)
      end = Math.max(end, e)
    }
  }
  return result
}
