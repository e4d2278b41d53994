function canReachEnd(jumps: number[]): boolean {
  // Return whether the last stone can be reached from stone 0.
  return false
}
