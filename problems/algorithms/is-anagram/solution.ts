function sameTiles(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const counts = new Array<number>(26).fill(0)
  for (let i = 0; i < a.length; i++) {
    counts[a.charCodeAt(i) - 97]++
    counts[b.charCodeAt(i) - 97]--
  }
  for (let c = 0; c < 26; c++) {
    if (counts[c] !== 0) return false
  }
  return true
}
