// expect: time_limit
// Tries every placement with one queen per row and column (n! permutations) and only checks the
// diagonals once the board is full: no pruning, so n! boards × n² checks — 3.6 million boards for n = 10.
function countQueenArrangements(n: number): number {
  const colOfRow: number[] = []
  const used: boolean[] = new Array(n).fill(false)
  let count = 0

  function diagonalsOk(): boolean {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        if (Math.abs(colOfRow[a] - colOfRow[b]) === b - a) return false
      }
    }
    return true
  }

  function fill(row: number): void {
    if (row === n) {
      if (diagonalsOk()) count++
      return
    }
    for (let col = 0; col < n; col++) {
      if (used[col]) continue
      used[col] = true
      colOfRow[row] = col
      fill(row + 1)
      used[col] = false
    }
  }

  fill(0)
  return count
}
