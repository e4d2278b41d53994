// expect: wrong_answer
// Multi-source BFS that counts one minute per BFS level, including the last level, which rots
// nothing: every answer is one too high, and a crate with rotten but no fresh oranges gives 1.
function minutesToRot(grid: number[][]): number {
  const rows = grid.length
  const cols = grid[0].length
  const state = grid.map((row) => row.slice())
  let queue: number[][] = []
  let fresh = 0
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (state[r][c] === 2) queue.push([r, c])
      if (state[r][c] === 1) fresh++
    }
  }
  let minutes = 0
  while (queue.length > 0) {
    const next: number[][] = []
    for (const [r, c] of queue) {
      for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
        if (nr >= 0 && nc >= 0 && nr < rows && nc < cols && state[nr][nc] === 1) {
          state[nr][nc] = 2
          fresh--
          next.push([nr, nc])
        }
      }
    }
    minutes++
    queue = next
  }
  return fresh === 0 ? minutes : -1
}
