// expect: wrong_answer
// Tracks columns and the "\" diagonals but forgets the "/" diagonals, so it accepts boards where
// two queens attack each other along an anti-diagonal (n = 3 gives a non-zero count).
function countQueenArrangements(n: number): number {
  const colTaken: boolean[] = new Array(n).fill(false)
  const downTaken: boolean[] = new Array(2 * n).fill(false)

  function place(row: number): number {
    if (row === n) return 1
    let count = 0
    for (let col = 0; col < n; col++) {
      const down = row - col + n
      if (colTaken[col] || downTaken[down]) continue
      colTaken[col] = downTaken[down] = true
      count += place(row + 1)
      colTaken[col] = downTaken[down] = false
    }
    return count
  }

  return place(0)
}
