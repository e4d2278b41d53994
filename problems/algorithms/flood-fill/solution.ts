function floodFill(grid: number[][], row: number, col: number, color: number): number[][] {
  const original = grid[row][col]
  if (original === color) return grid // nothing to repaint (and no way to tell visited cells apart)

  const rows = grid.length
  const cols = grid[0].length
  // Explicit stack of cells to visit; a cell is repainted as soon as it is pushed, so it is never
  // pushed twice.
  const stack: number[] = [row, col]
  grid[row][col] = color
  while (stack.length > 0) {
    const c = stack.pop() as number
    const r = stack.pop() as number
    if (r > 0 && grid[r - 1][c] === original) {
      grid[r - 1][c] = color
      stack.push(r - 1, c)
    }
    if (r + 1 < rows && grid[r + 1][c] === original) {
      grid[r + 1][c] = color
      stack.push(r + 1, c)
    }
    if (c > 0 && grid[r][c - 1] === original) {
      grid[r][c - 1] = color
      stack.push(r, c - 1)
    }
    if (c + 1 < cols && grid[r][c + 1] === original) {
      grid[r][c + 1] = color
      stack.push(r, c + 1)
    }
  }
  return grid
}
