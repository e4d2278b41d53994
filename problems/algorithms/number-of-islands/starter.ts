function countIslands(grid: string[]): number {
  // Count the groups of '1' cells connected up/down/left/right.
  return 0
}
