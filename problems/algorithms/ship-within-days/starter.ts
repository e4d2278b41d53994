function minCapacity(weights: number[], days: number): number {
  // Return the smallest ferry capacity that moves every crate within `days` crossings.
  return 0
}
