function minutesToRot(grid: number[][]): number {
  const rows = grid.length
  const cols = grid[0].length
  const state = grid.map((row) => row.slice())

  // Multi-source BFS: every rotten orange starts in the queue at minute 0.
  const queue: number[][] = []
  let fresh = 0
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (state[r][c] === 2) queue.push([r, c])
      else if (state[r][c] === 1) fresh++
    }
  }

  const directions = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ]
  let head = 0
  let minutes = 0
  // One BFS level per minute, and only while fresh oranges remain.
  while (fresh > 0 && head < queue.length) {
    const levelEnd = queue.length
    while (head < levelEnd) {
      const [r, c] = queue[head++]
      for (const [dr, dc] of directions) {
        const nr = r + dr
        const nc = c + dc
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || state[nr][nc] !== 1) continue
        state[nr][nc] = 2
        fresh--
        queue.push([nr, nc])
      }
    }
    minutes++
  }
  return fresh === 0 ? minutes : -1
}
