function findRedundant(edges: number[][]): number[] {
  // Return the pipe on the loop that appears last in edges, as written there.
  return []
}
