// expect: wrong_answer
// Sorts by start and opens a new room whenever a meeting starts before the latest end so far, but never
// checks which rooms have been freed: [[1, 10], [2, 3], [4, 5]] answers 3 instead of 2, because
// [4, 5] could reuse the room of [2, 3].
function minMeetingRooms(meetings: number[][]): number {
  if (meetings.length === 0) return 0
  const sorted = meetings.slice().sort((a, b) => a[0] - b[0])
  let rooms = 1
  let latestEnd = sorted[0][1]
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i][0] < latestEnd) rooms++
    latestEnd = Math.max(latestEnd, sorted[i][1])
  }
  return rooms
}
