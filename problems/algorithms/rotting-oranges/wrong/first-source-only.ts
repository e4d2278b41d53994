// expect: wrong_answer
// Runs the BFS from the first rotten orange it finds and forgets the others, as if the mould had a
// single origin: oranges reached sooner from another rotten orange get the wrong time, and oranges
// only reachable from another one are reported as never rotting.
function minutesToRot(grid: number[][]): number {
  const rows = grid.length
  const cols = grid[0].length
  let start = -1
  let fresh = 0
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === 2 && start === -1) start = r * cols + c
      if (grid[r][c] === 1) fresh++
    }
  }
  if (fresh === 0) return 0
  if (start === -1) return -1
  const dist = new Array(rows * cols).fill(-1)
  dist[start] = 0
  const queue = [start]
  let minutes = 0
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head]
    const r = Math.floor(cell / cols)
    const c = cell % cols
    for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue
      const n = nr * cols + nc
      if (dist[n] !== -1 || grid[nr][nc] !== 1) continue
      dist[n] = dist[cell] + 1
      minutes = Math.max(minutes, dist[n])
      fresh--
      queue.push(n)
    }
  }
  return fresh === 0 ? minutes : -1
}
