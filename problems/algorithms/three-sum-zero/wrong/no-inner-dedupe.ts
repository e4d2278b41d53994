// expect: wrong_answer
// Skips repeated first values, but after a hit just moves both pointers by one, so repeated middle
// values report the same trio again ([-2, 1, 1] twice for [-2, 1, 1, 1, 1]).
function balancedTrios(amounts: number[]): number[][] {
  const sorted = [...amounts].sort((x, y) => x - y)
  const n = sorted.length
  const trios: number[][] = []
  for (let i = 0; i < n - 2; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue
    let lo = i + 1
    let hi = n - 1
    while (lo < hi) {
      const sum = sorted[i] + sorted[lo] + sorted[hi]
      if (sum < 0) lo++
      else if (sum > 0) hi--
      else {
        trios.push([sorted[i], sorted[lo], sorted[hi]])
        lo++
        hi--
      }
    }
  }
  return trios
}
