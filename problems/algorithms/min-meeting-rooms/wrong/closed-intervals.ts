// expect: wrong_answer
// Sweeps sorted starts and ends, but only reuses a room whose meeting ended strictly before the new
// start: a meeting ending at 5 and one starting at 5 get two rooms instead of one.
function minMeetingRooms(meetings: number[][]): number {
  const starts = meetings.map((m) => m[0]).sort((a, b) => a - b)
  const ends = meetings.map((m) => m[1]).sort((a, b) => a - b)
  let rooms = 0
  let j = 0
  for (let i = 0; i < starts.length; i++) {
    if (ends[j] < starts[i]) j++
    else rooms++
  }
  return rooms
}
