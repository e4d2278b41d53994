// expect: time_limit
// Repeatedly searches the whole list from the beginning for a period that overlaps the new one,
// absorbs it and removes it, until none is left. Correct, but when the new period covers tens of
// thousands of periods, each of those searches walks past everything before them: O(n²).
function insertInterval(intervals: number[][], newInterval: number[]): number[][] {
  const list = intervals.map((p) => [p[0], p[1]])
  let start = newInterval[0]
  let end = newInterval[1]
  for (;;) {
    let found = -1
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] <= end && start <= list[i][1]) {
        found = i
        break
      }
    }
    if (found === -1) break
    start = Math.min(start, list[found][0])
    end = Math.max(end, list[found][1])
    list.splice(found, 1)
  }
  let pos = 0
  while (pos < list.length && list[pos][0] < start) pos++
  list.splice(pos, 0, [start, end])
  return list
}
