// expect: runtime_error
// The textbook recursive flood. Correct on small maps, but a winding island that fills the grid makes
// the recursion tens of thousands of calls deep and overflows the call stack.
function countIslands(grid: string[]): number {
  const rows = grid.length
  const cols = grid[0].length
  const seen: boolean[][] = grid.map((row) => new Array(row.length).fill(false))
  const sink = (r: number, c: number): void => {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return
    if (grid[r][c] !== '1' || seen[r][c]) return
    seen[r][c] = true
    sink(r + 1, c)
    sink(r - 1, c)
    sink(r, c + 1)
    sink(r, c - 1)
  }
  let count = 0
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === '1' && !seen[r][c]) {
        count++
        sink(r, c)
      }
    }
  }
  return count
}
