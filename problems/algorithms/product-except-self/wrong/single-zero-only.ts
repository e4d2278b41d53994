// expect: wrong_answer
// Handles a zero by dividing the product of the non-zero gains, but forgets that with two or more
// zeros even the zero stages must answer 0 (bypassing one zero still leaves another).
function bypassGains(gains: number[]): number[] {
  let nonZeroProduct = 1
  let zeros = 0
  for (const g of gains) {
    if (g === 0) zeros++
    else nonZeroProduct *= g
  }
  return gains.map((g) => {
    if (g === 0) return nonZeroProduct
    return zeros > 0 ? 0 : nonZeroProduct / g
  })
}
