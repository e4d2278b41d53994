// expect: wrong_answer
// Iterative fill with an off-by-one bounds check (r + 1 < rows - 1): the paint never flows into the
// bottom row, so [[3, 3, 5], [5, 3, 5], [3, 3, 3]] keeps its bottom row of 3s.
function floodFill(grid: number[][], row: number, col: number, color: number): number[][] {
  const original = grid[row][col]
  if (original === color) return grid
  const rows = grid.length
  const cols = grid[0].length
  const stack: number[][] = [[row, col]]
  grid[row][col] = color
  while (stack.length > 0) {
    const [r, c] = stack.pop() as number[]
    const next = [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ]
    for (const [nr, nc] of next) {
      if (nr >= 0 && nr < rows - 1 && nc >= 0 && nc < cols && grid[nr][nc] === original) {
        grid[nr][nc] = color
        stack.push([nr, nc])
      }
    }
  }
  return grid
}
