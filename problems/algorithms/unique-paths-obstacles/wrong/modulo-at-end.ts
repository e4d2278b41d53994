// expect: wrong_answer
// Right recurrence, but only reduces modulo 10^9 + 7 at the very end. Route counts pass 2^53 long
// before the end of a 40 × 40 floor, doubles silently round, and the final remainder is garbage.
function countPaths(grid: number[][]): number {
  const rows = grid.length
  const cols = grid[0].length
  const ways: number[] = new Array(cols).fill(0)
  ways[0] = grid[0][0] === 0 ? 1 : 0
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === 1) ways[c] = 0
      else if (c > 0) ways[c] = ways[c] + ways[c - 1]
    }
  }
  return ways[cols - 1] % 1_000_000_007
}
