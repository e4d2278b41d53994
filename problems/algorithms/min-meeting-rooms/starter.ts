function minMeetingRooms(meetings: number[][]): number {
  // Return how many rooms are needed so that no two overlapping meetings share a room.
  return 0
}
