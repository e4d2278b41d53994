function minCapacity(weights: number[], days: number): number {
  // Number of crossings the greedy loading needs with this capacity (capacity >= every weight).
  const crossingsNeeded = (capacity: number): number => {
    let crossings = 1
    let load = 0
    for (const w of weights) {
      if (load + w > capacity) {
        crossings++
        load = 0
      }
      load += w
    }
    return crossings
  }

  let lo = 0 // largest crate: no smaller capacity can carry it
  let hi = 0 // everything at once: always enough
  for (const w of weights) {
    if (w > lo) lo = w
    hi += w
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (crossingsNeeded(mid) <= days) hi = mid
    else lo = mid + 1
  }
  return lo
}
