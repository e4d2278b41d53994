function countPaths(grid: number[][]): number {
  const MOD = 1_000_000_007
  const cols = grid[0].length
  // ways[c] holds the number of routes into column c of the row being processed.
  const ways: number[] = new Array(cols).fill(0)
  ways[0] = grid[0][0] === 0 ? 1 : 0
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]
    for (let c = 0; c < cols; c++) {
      if (row[c] === 1) ways[c] = 0
      else if (c > 0) ways[c] = (ways[c] + ways[c - 1]) % MOD
    }
  }
  return ways[cols - 1]
}
