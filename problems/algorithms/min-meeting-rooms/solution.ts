function minMeetingRooms(meetings: number[][]): number {
  const n = meetings.length
  const starts: number[] = new Array(n)
  const ends: number[] = new Array(n)
  for (let i = 0; i < n; i++) {
    starts[i] = meetings[i][0]
    ends[i] = meetings[i][1]
  }
  starts.sort((a, b) => a - b)
  ends.sort((a, b) => a - b)

  // Sweep the start times in order; `j` counts the meetings that have ended by now.
  let rooms = 0
  let j = 0
  for (let i = 0; i < n; i++) {
    // A meeting ending at or before this start has freed its room (half-open intervals).
    if (ends[j] <= starts[i]) j++
    else rooms++
  }
  return rooms
}
