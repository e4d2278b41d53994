// expect: time_limit
// For every meeting, counts the meetings running at its start minute and keeps the maximum.
// Correct (the busiest moment is always some meeting's start), but O(n²).
function minMeetingRooms(meetings: number[][]): number {
  let best = 0
  for (let i = 0; i < meetings.length; i++) {
    const t = meetings[i][0]
    let running = 0
    for (let j = 0; j < meetings.length; j++) {
      if (meetings[j][0] <= t && t < meetings[j][1]) running++
    }
    if (running > best) best = running
  }
  return best
}
