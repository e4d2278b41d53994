function bestHarvest(yields: number[]): number {
  let beforePrev = 0 // best total over the trees before the previous one
  let prev = 0 // best total over all trees seen so far
  for (const y of yields) {
    const best = Math.max(prev, beforePrev + y) // skip this tree, or harvest it and skip its left neighbour
    beforePrev = prev
    prev = best
  }
  return prev
}
