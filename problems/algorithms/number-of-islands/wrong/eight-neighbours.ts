// expect: wrong_answer
// Iterative search that also steps diagonally, merging islands that only touch at a corner:
// ["1100", "0101", "0011"] answers 1 instead of 2.
function countIslands(grid: string[]): number {
  const rows = grid.length
  const cols = grid[0].length
  const seen: boolean[][] = grid.map((row) => new Array(row.length).fill(false))
  let count = 0
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== '1' || seen[r][c]) continue
      count++
      seen[r][c] = true
      const stack: number[][] = [[r, c]]
      while (stack.length > 0) {
        const [cr, cc] = stack.pop() as number[]
        for (let dr = -1; dr <= 1; dr++) {
          for (let dc = -1; dc <= 1; dc++) {
            const nr = cr + dr
            const nc = cc + dc
            if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue
            if (grid[nr][nc] === '1' && !seen[nr][nc]) {
              seen[nr][nc] = true
              stack.push([nr, nc])
            }
          }
        }
      }
    }
  }
  return count
}
