function canReachEnd(jumps: number[]): boolean {
  const last = jumps.length - 1
  // farthest = the farthest stone reachable using only stones 0..i.
  let farthest = 0
  for (let i = 0; i <= farthest; i++) {
    const reach = i + jumps[i]
    if (reach > farthest) farthest = reach
    if (farthest >= last) return true
  }
  return false
}
