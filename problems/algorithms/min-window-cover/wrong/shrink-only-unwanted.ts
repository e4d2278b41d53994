// expect: wrong_answer
// Shrinks the window only past codes that are not in the order at all. A surplus copy of a wanted
// code on the left is never dropped: for aisle "aab" and order "ab" it answers "aab".
function shortestStretch(aisle: string, order: string): string {
  const need = new Map<string, number>()
  for (const c of order) need.set(c, (need.get(c) ?? 0) + 1)
  const have = new Map<string, number>()
  let satisfied = 0
  let best = ''
  let left = 0
  for (let right = 0; right < aisle.length; right++) {
    const c = aisle[right]
    have.set(c, (have.get(c) ?? 0) + 1)
    if (need.has(c) && have.get(c) === need.get(c)) satisfied++
    if (satisfied < need.size) continue
    while (!need.has(aisle[left])) {
      have.set(aisle[left], have.get(aisle[left])! - 1)
      left++
    }
    if (best === '' || right - left + 1 < best.length) best = aisle.slice(left, right + 1)
    const d = aisle[left]
    have.set(d, have.get(d)! - 1)
    if (have.get(d)! < need.get(d)!) satisfied--
    left++
  }
  return best
}
