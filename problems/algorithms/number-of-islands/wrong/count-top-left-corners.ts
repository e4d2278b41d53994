// expect: wrong_answer
// Counts land cells with water (or the edge) above and to the left, assuming each island has exactly
// one such "top-left corner". A U-shaped island has two: ["101", "111"] answers 2 instead of 1.
function countIslands(grid: string[]): number {
  let count = 0
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] !== '1') continue
      const up = r > 0 && grid[r - 1][c] === '1'
      const left = c > 0 && grid[r][c - 1] === '1'
      if (!up && !left) count++
    }
  }
  return count
}
