// expect: wrong_answer
// Compares which letters occur (and the lengths), but not how often each occurs: "aab" and "abb" have
// the same letters and the same length, yet they are not tile-equivalent.
function sameTiles(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const inA = new Set(a)
  const inB = new Set(b)
  if (inA.size !== inB.size) return false
  for (const letter of inA) {
    if (!inB.has(letter)) return false
  }
  return true
}
