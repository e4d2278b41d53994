// expect: time_limit
// Gives every land cell its own label, then sweeps the grid repeatedly, lowering each label to the
// smallest label among its land neighbours, until nothing changes; the answer is the number of
// distinct labels left. Correct, but along a winding island a label moves one cell per sweep against
// the sweep direction, so it needs thousands of full sweeps.
function countIslands(grid: string[]): number {
  const rows = grid.length
  const cols = grid[0].length
  const label: number[][] = []
  for (let r = 0; r < rows; r++) {
    const row: number[] = []
    for (let c = 0; c < cols; c++) row.push(grid[r][c] === '1' ? r * cols + c : -1)
    label.push(row)
  }
  let changed = true
  while (changed) {
    changed = false
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (label[r][c] < 0) continue
        let best = label[r][c]
        if (r > 0 && label[r - 1][c] >= 0 && label[r - 1][c] < best) best = label[r - 1][c]
        if (r + 1 < rows && label[r + 1][c] >= 0 && label[r + 1][c] < best) best = label[r + 1][c]
        if (c > 0 && label[r][c - 1] >= 0 && label[r][c - 1] < best) best = label[r][c - 1]
        if (c + 1 < cols && label[r][c + 1] >= 0 && label[r][c + 1] < best) best = label[r][c + 1]
        if (best < label[r][c]) {
          label[r][c] = best
          changed = true
        }
      }
    }
  }
  let count = 0
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (label[r][c] === r * cols + c) count++
  return count
}
