// expect: time_limit
// Paints the start cell, then sweeps the whole grid again and again, painting every cell of the
// original colour that touches a painted cell, until a sweep changes nothing. Correct, but a sweep
// can advance the paint by a single cell (against the sweep direction), so a long region needs
// thousands of full sweeps.
function floodFill(grid: number[][], row: number, col: number, color: number): number[][] {
  const original = grid[row][col]
  if (original === color) return grid
  const rows = grid.length
  const cols = grid[0].length
  const painted: boolean[][] = []
  for (let r = 0; r < rows; r++) painted.push(new Array(cols).fill(false))
  painted[row][col] = true
  let changed = true
  while (changed) {
    changed = false
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (painted[r][c] || grid[r][c] !== original) continue
        if (
          (r > 0 && painted[r - 1][c]) ||
          (r + 1 < rows && painted[r + 1][c]) ||
          (c > 0 && painted[r][c - 1]) ||
          (c + 1 < cols && painted[r][c + 1])
        ) {
          painted[r][c] = true
          changed = true
        }
      }
    }
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (painted[r][c]) grid[r][c] = color
  return grid
}
