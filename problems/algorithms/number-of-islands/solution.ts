function countIslands(grid: string[]): number {
  const rows = grid.length
  const cols = grid[0].length
  // seen[r * cols + c] marks land cells already assigned to an island.
  const seen = new Uint8Array(rows * cols)
  const stack: number[] = []
  let islands = 0

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== '1' || seen[r * cols + c]) continue
      // A new island: flood it with an explicit stack so that every cell is visited once.
      islands++
      seen[r * cols + c] = 1
      stack.push(r * cols + c)
      while (stack.length > 0) {
        const cell = stack.pop() as number
        const cr = Math.floor(cell / cols)
        const cc = cell - cr * cols
        if (cr > 0 && grid[cr - 1][cc] === '1' && !seen[cell - cols]) {
          seen[cell - cols] = 1
          stack.push(cell - cols)
        }
        if (cr + 1 < rows && grid[cr + 1][cc] === '1' && !seen[cell + cols]) {
          seen[cell + cols] = 1
          stack.push(cell + cols)
        }
        if (cc > 0 && grid[cr][cc - 1] === '1' && !seen[cell - 1]) {
          seen[cell - 1] = 1
          stack.push(cell - 1)
        }
        if (cc + 1 < cols && grid[cr][cc + 1] === '1' && !seen[cell + 1]) {
          seen[cell + 1] = 1
          stack.push(cell + 1)
        }
      }
    }
  }
  return islands
}
