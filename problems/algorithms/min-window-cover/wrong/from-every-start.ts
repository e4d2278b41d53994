// expect: time_limit
// From every starting bin, walks right until the order is covered: O(n²). Right answers, but when a
// needed code sits only at the far end, every walk crosses the whole 100 000-bin aisle.
function shortestStretch(aisle: string, order: string): string {
  const need = new Array<number>(128).fill(0)
  for (let i = 0; i < order.length; i++) need[order.charCodeAt(i)]++
  let best = ''
  for (let start = 0; start < aisle.length; start++) {
    const left = need.slice()
    let missing = order.length
    for (let end = start; end < aisle.length; end++) {
      const code = aisle.charCodeAt(end)
      if (left[code] > 0) missing--
      left[code]--
      if (missing === 0) {
        if (best === '' || end - start + 1 < best.length) best = aisle.slice(start, end + 1)
        break
      }
    }
  }
  return best
}
