// expect: runtime_error
// Recursive DFS that never checks whether the new colour equals the old one. When they are equal,
// painted cells still match the original colour, neighbours call each other back and forth forever,
// and the call stack overflows (grid [[4, 4], [4, 1]] painted with 4). Even with that check, recursion
// as deep as a 40 000-cell region overflows the stack.
function floodFill(grid: number[][], row: number, col: number, color: number): number[][] {
  const original = grid[row][col]
  const paint = (r: number, c: number): void => {
    if (r < 0 || c < 0 || r >= grid.length || c >= grid[0].length) return
    if (grid[r][c] !== original) return
    grid[r][c] = color
    paint(r - 1, c)
    paint(r + 1, c)
    paint(r, c - 1)
    paint(r, c + 1)
  }
  paint(row, col)
  return grid
}
