// expect: wrong_answer
// Remembers only the first position of each id, so a later pair of repeats that are close together is
// measured against an old, far-away occurrence (e.g. [5, 1, 2, 5, 3, 5] with k = 2).
function hasCloseRepeat(ids: number[], k: number): boolean {
  const firstSeen = new Map<number, number>()
  for (let i = 0; i < ids.length; i++) {
    const first = firstSeen.get(ids[i])
    if (first === undefined) firstSeen.set(ids[i], i)
    else if (i - first <= k) return true
  }
  return false
}
