function minutesToRot(grid: number[][]): number {
  // Return the minutes until no fresh orange is left, 0 if none is fresh, -1 if impossible.
  return -1
}
