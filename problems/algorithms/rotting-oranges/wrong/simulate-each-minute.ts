// expect: time_limit
// Simulates minute by minute: each minute scans the whole grid to find the oranges that rot next.
// Correct, but O(rows · cols) per minute, and mould winding along a corridor needs ~20 000 minutes.
function minutesToRot(grid: number[][]): number {
  const rows = grid.length
  const cols = grid[0].length
  const state = grid.map((row) => row.slice())
  let minutes = 0
  for (;;) {
    const next: number[] = []
    let fresh = 0
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (state[r][c] !== 1) continue
        fresh++
        if (
          (r > 0 && state[r - 1][c] === 2) ||
          (r + 1 < rows && state[r + 1][c] === 2) ||
          (c > 0 && state[r][c - 1] === 2) ||
          (c + 1 < cols && state[r][c + 1] === 2)
        ) {
          next.push(r, c)
        }
      }
    }
    if (fresh === 0) return minutes
    if (next.length === 0) return -1
    for (let i = 0; i < next.length; i += 2) state[next[i]][next[i + 1]] = 2
    minutes++
  }
}
