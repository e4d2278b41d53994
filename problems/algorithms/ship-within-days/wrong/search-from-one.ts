// expect: wrong_answer
// Binary-searches capacities from 1 instead of from the heaviest crate. The greedy count then
// "carries" a crate heavier than the capacity (it starts a new crossing and loads it anyway), so
// too-small capacities look feasible: [5, 1, 9, 3] with 4 days answers 1 instead of 9.
function minCapacity(weights: number[], days: number): number {
  let lo = 1
  let hi = 0
  for (const w of weights) hi += w
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    let crossings = 1
    let load = 0
    for (const w of weights) {
      if (load + w > mid) {
        crossings++
        load = 0
      }
      load += w
    }
    if (crossings <= days) hi = mid
    else lo = mid + 1
  }
  return lo
}
