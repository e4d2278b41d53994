// expect: time_limit
// Tries capacities upwards from the heaviest crate and stops at the first that works. Correct, but
// it may test millions of capacities at O(n) each: with 20 000 crates and few days it is hopeless.
function minCapacity(weights: number[], days: number): number {
  let capacity = 0
  for (const w of weights) capacity = Math.max(capacity, w)
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
