// expect: time_limit
// Explores every route recursively without remembering results: the same sub-grid is counted over and
// over, so the work grows like the number of routes itself (exponential). Correct on small floors only.
function countPaths(grid: number[][]): number {
  const MOD = 1_000_000_007
  const rows = grid.length
  const cols = grid[0].length
  function from(r: number, c: number): number {
    if (r >= rows || c >= cols || grid[r][c] === 1) return 0
    if (r === rows - 1 && c === cols - 1) return 1
    return (from(r + 1, c) + from(r, c + 1)) % MOD
  }
  return from(0, 0)
}
