// expect: wrong_answer
// Skips a first value when the *next* value is equal, instead of when the previous one was. That
// throws away the round where the repeated value could also be used as b: [-1, -1, 2] is never found.
function balancedTrios(amounts: number[]): number[][] {
  const sorted = [...amounts].sort((x, y) => x - y)
  const n = sorted.length
  const trios: number[][] = []
  for (let i = 0; i < n - 2; i++) {
    if (sorted[i] === sorted[i + 1]) continue
    let lo = i + 1
    let hi = n - 1
    while (lo < hi) {
      const sum = sorted[i] + sorted[lo] + sorted[hi]
      if (sum < 0) lo++
      else if (sum > 0) hi--
      else {
        trios.push([sorted[i], sorted[lo], sorted[hi]])
        const b = sorted[lo]
        while (lo < hi && sorted[lo] === b) lo++
        hi--
      }
    }
  }
  return trios
}
