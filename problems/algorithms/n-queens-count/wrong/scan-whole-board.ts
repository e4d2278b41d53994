// expect: time_limit
// Backtracks row by row, but asks "is this square attacked?" by scanning all n² squares of the
// board for a queen on the same row, column or diagonal: O(n²) per check instead of O(1).
function countQueenArrangements(n: number): number {
  const board: boolean[][] = []
  for (let r = 0; r < n; r++) board.push(new Array(n).fill(false))

  function attacked(row: number, col: number): boolean {
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (!board[r][c]) continue
        if (r === row || c === col || r - c === row - col || r + c === row + col) return true
      }
    }
    return false
  }

  function place(row: number): number {
    if (row === n) return 1
    let count = 0
    for (let col = 0; col < n; col++) {
      if (attacked(row, col)) continue
      board[row][col] = true
      count += place(row + 1)
      board[row][col] = false
    }
    return count
  }

  return place(0)
}
