// expect: time_limit
// Starts from the better lower bound max(heaviest crate, ceil(total / days)) and steps up by one.
// Much closer, but the gap to the answer can be hundreds of capacities, each costing a full pass:
// 20 000 crates of weight 500 with 9 999 days need capacity 1 500 while the bound says 1 001.
function minCapacity(weights: number[], days: number): number {
  let heaviest = 0
  let total = 0
  for (const w of weights) {
    heaviest = Math.max(heaviest, w)
    total += w
  }
  let capacity = Math.max(heaviest, Math.ceil(total / days))
  for (;;) {
    let crossings = 1
    let load = 0
    for (const w of weights) {
      if (load + w > capacity) {
        crossings++
        load = 0
      }
      load += w
    }
    if (crossings <= days) return capacity
    capacity++
  }
}
