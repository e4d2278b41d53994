function countComponents(n: number, edges: number[][]): number {
  // Return the number of connected clusters.
  return 0
}
