function countPaths(grid: number[][]): number {
  // Count the right/down routes from the top-left to the bottom-right bay, modulo 1 000 000 007.
  return 0
}
