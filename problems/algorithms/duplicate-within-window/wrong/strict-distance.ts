// expect: wrong_answer
// Off by one: requires the distance to be strictly less than k, so a repeat exactly k apart is missed.
function hasCloseRepeat(ids: number[], k: number): boolean {
  const lastSeen = new Map<number, number>()
  for (let i = 0; i < ids.length; i++) {
    const previous = lastSeen.get(ids[i])
    if (previous !== undefined && i - previous < k) return true
    lastSeen.set(ids[i], i)
  }
  return false
}
