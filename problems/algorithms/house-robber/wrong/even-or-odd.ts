// expect: wrong_answer
// Greedy on positions: harvests either every even-indexed or every odd-indexed tree (skipping
// negative ones). Misses plans that skip two trees in a row, e.g. [2, 1, 1, 2] → 4.
function bestHarvest(yields: number[]): number {
  let even = 0
  let odd = 0
  for (let i = 0; i < yields.length; i++) {
    if (yields[i] <= 0) continue
    if (i % 2 === 0) even += yields[i]
    else odd += yields[i]
  }
  return Math.max(even, odd)
}
