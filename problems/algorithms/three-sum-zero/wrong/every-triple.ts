// expect: time_limit
// Tries every triple of positions and removes duplicates with a set: O(n³). Correct, but 1 000 amounts
// give about 166 million triples.
function balancedTrios(amounts: number[]): number[][] {
  const sorted = [...amounts].sort((x, y) => x - y)
  const n = sorted.length
  const seen = new Set<string>()
  const trios: number[][] = []
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      for (let k = j + 1; k < n; k++) {
        if (sorted[i] + sorted[j] + sorted[k] === 0) {
          const key = sorted[i] + ',' + sorted[j] + ',' + sorted[k]
          if (!seen.has(key)) {
            seen.add(key)
            trios.push([sorted[i], sorted[j], sorted[k]])
          }
        }
      }
    }
  }
  return trios
}
