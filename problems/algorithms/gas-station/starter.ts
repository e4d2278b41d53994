function findStartStation(fuel: number[], cost: number[]): number {
  // Return the depot to start from for a full lap, or -1 if there is none.
  return -1
}
