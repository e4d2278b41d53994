function countQueenArrangements(n: number): number {
  // One queen per row; for the squares of the current row we only need to know which columns and
  // which diagonals are already taken. Squares on one "\" diagonal share row - col, squares on one
  // "/" diagonal share row + col.
  const colTaken: boolean[] = new Array(n).fill(false)
  const downTaken: boolean[] = new Array(2 * n).fill(false) // index row - col + n
  const upTaken: boolean[] = new Array(2 * n).fill(false) // index row + col

  function place(row: number): number {
    if (row === n) return 1
    let count = 0
    for (let col = 0; col < n; col++) {
      const down = row - col + n
      const up = row + col
      if (colTaken[col] || downTaken[down] || upTaken[up]) continue
      colTaken[col] = downTaken[down] = upTaken[up] = true
      count += place(row + 1)
      colTaken[col] = downTaken[down] = upTaken[up] = false
    }
    return count
  }

  return place(0)
}
