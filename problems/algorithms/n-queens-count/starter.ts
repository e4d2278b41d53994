function countQueenArrangements(n: number): number {
  // Return how many ways n queens can share an n × n board without attacking each other.
  return 0
}
