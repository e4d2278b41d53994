// expect: time_limit
// For every tile of a, searches b for an unused matching tile and crosses it out: O(n²). Right
// answers, but two 100 000-letter words mean billions of comparisons.
function sameTiles(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const used: boolean[] = new Array(b.length).fill(false)
  for (let i = 0; i < a.length; i++) {
    let found = false
    for (let j = 0; j < b.length; j++) {
      if (!used[j] && b[j] === a[i]) {
        used[j] = true
        found = true
        break
      }
    }
    if (!found) return false
  }
  return true
}
