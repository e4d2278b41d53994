// expect: wrong_answer
// Treats the order as a set of codes: a window with one 'l' is accepted for the order "ll".
function shortestStretch(aisle: string, order: string): string {
  const wanted = new Set(order)
  const inWindow = new Map<string, number>()
  let covered = 0
  let best = ''
  let left = 0
  for (let right = 0; right < aisle.length; right++) {
    const c = aisle[right]
    inWindow.set(c, (inWindow.get(c) ?? 0) + 1)
    if (wanted.has(c) && inWindow.get(c) === 1) covered++
    while (covered === wanted.size) {
      if (best === '' || right - left + 1 < best.length) best = aisle.slice(left, right + 1)
      const d = aisle[left]
      inWindow.set(d, inWindow.get(d)! - 1)
      if (wanted.has(d) && inWindow.get(d) === 0) covered--
      left++
    }
  }
  return best
}
