// expect: wrong_answer
// Uses the mirror symmetry: counts solutions with the top queen in the left half and doubles them.
// For odd n the middle column is its own mirror image and is never counted (n = 1 gives 0, n = 5 gives 8).
function countQueenArrangements(n: number): number {
  if (n === 0) return 1
  const colTaken: boolean[] = new Array(n).fill(false)
  const downTaken: boolean[] = new Array(2 * n).fill(false)
  const upTaken: boolean[] = new Array(2 * n).fill(false)

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

  let half = 0
  for (let col = 0; col < Math.floor(n / 2); col++) {
    colTaken[col] = downTaken[-col + n] = upTaken[col] = true
    half += place(1)
    colTaken[col] = downTaken[-col + n] = upTaken[col] = false
  }
  return 2 * half
}
