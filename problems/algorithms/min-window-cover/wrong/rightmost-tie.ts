// expect: wrong_answer
// Correct sliding window, but updates the answer when a window is shorter *or equally short*, so a
// tie goes to the rightmost stretch instead of the leftmost.
function shortestStretch(aisle: string, order: string): string {
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
    while (missing === 0) {
      if (right - left + 1 <= bestLength) {
        bestLength = right - left + 1
        bestStart = left
      }
      const out = aisle.charCodeAt(left)
      need[out]++
      if (need[out] > 0) missing++
      left++
    }
  }
  return bestLength === Infinity ? '' : aisle.slice(bestStart, bestStart + bestLength)
}
