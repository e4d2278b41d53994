// expect: wrong_answer
// Starts at the depot with the largest local surplus fuel[i] - cost[i] (after checking the total).
// A big surplus does not help if the stretch right after it loses even more:
// fuel [7, 6, 0], cost [4, 0, 7] picks depot 1 (+6), which runs dry on the very next road; only
// depot 0 works.
function findStartStation(fuel: number[], cost: number[]): number {
  let total = 0
  let best = 0
  for (let i = 0; i < fuel.length; i++) {
    total += fuel[i] - cost[i]
    if (fuel[i] - cost[i] > fuel[best] - cost[best]) best = i
  }
  return total >= 0 ? best : -1
}
