// expect: wrong_answer
// Textbook table seeded with best[0] = yields[0] and best[1] = max(yields[0], yields[1]): assumes
// yields are never negative, so a lone sickly tree gives a negative total instead of 0.
function bestHarvest(yields: number[]): number {
  const n = yields.length
  if (n === 0) return 0
  if (n === 1) return yields[0]
  const best: number[] = new Array(n)
  best[0] = yields[0]
  best[1] = Math.max(yields[0], yields[1])
  for (let i = 2; i < n; i++) best[i] = Math.max(best[i - 1], best[i - 2] + yields[i])
  return best[n - 1]
}
