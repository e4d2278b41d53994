function balancedTrios(amounts: number[]): number[][] {
  const sorted = [...amounts].sort((x, y) => x - y)
  const n = sorted.length
  const trios: number[][] = []
  for (let i = 0; i < n - 2; i++) {
    const a = sorted[i]
    if (a > 0) break // everything to the right is positive too
    if (i > 0 && a === sorted[i - 1]) continue // same first value as the previous round
    let lo = i + 1
    let hi = n - 1
    while (lo < hi) {
      const sum = a + sorted[lo] + sorted[hi]
      if (sum < 0) lo++
      else if (sum > 0) hi--
      else {
        trios.push([a, sorted[lo], sorted[hi]])
        const b = sorted[lo]
        while (lo < hi && sorted[lo] === b) lo++ // skip repeats of the middle value
        hi--
      }
    }
  }
  // Trios come out by increasing a, and for a fixed a by increasing b: already in the required order.
  return trios
}
