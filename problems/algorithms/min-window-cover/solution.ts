function shortestStretch(aisle: string, order: string): string {
  // need[c] > 0: the window still lacks need[c] copies of code c; < 0: it has surplus copies.
  const need = new Array<number>(128).fill(0)
  for (let i = 0; i < order.length; i++) need[order.charCodeAt(i)]++
  let missing = order.length
  let bestStart = 0
  let bestLength = Infinity
  let left = 0
  for (let right = 0; right < aisle.length; right++) {
    const code = aisle.charCodeAt(right)
    if (need[code] > 0) missing--
    need[code]--
    if (missing > 0) continue
    // The window covers the order: drop surplus bins from the left.
    while (need[aisle.charCodeAt(left)] < 0) {
      need[aisle.charCodeAt(left)]++
      left++
    }
    // Strictly shorter only: among equal lengths the first one found is the leftmost.
    if (right - left + 1 < bestLength) {
      bestLength = right - left + 1
      bestStart = left
    }
    // Give up the leftmost required bin so the window stops covering and the search moves on.
    need[aisle.charCodeAt(left)]++
    missing++
    left++
  }
  return bestLength === Infinity ? '' : aisle.slice(bestStart, bestStart + bestLength)
}
