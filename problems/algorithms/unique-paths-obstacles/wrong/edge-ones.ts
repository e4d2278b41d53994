// expect: wrong_answer
// Fills the first row and first column with 1 for every free bay. But a shelf on the edge also cuts
// off every bay *after* it on that edge: [[0, 1, 0], [0, 0, 0]] answers 2 instead of 1.
function countPaths(grid: number[][]): number {
  const MOD = 1_000_000_007
  const rows = grid.length
  const cols = grid[0].length
  const dp: number[][] = []
  for (let r = 0; r < rows; r++) {
    dp.push(new Array(cols).fill(0))
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === 1) dp[r][c] = 0
      else if (r === 0 || c === 0) dp[r][c] = 1
      else dp[r][c] = (dp[r - 1][c] + dp[r][c - 1]) % MOD
    }
  }
  return dp[rows - 1][cols - 1]
}
