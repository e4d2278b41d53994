// expect: wrong_answer
// Checks that b never needs a tile that a does not have, but forgets that a must not have tiles left
// over: "toot" and "tot" come out equivalent.
function sameTiles(a: string, b: string): boolean {
  const counts = new Array<number>(26).fill(0)
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) - 97]++
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) - 97
    counts[c]--
    if (counts[c] < 0) return false
  }
  return true
}
