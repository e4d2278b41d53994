// expect: time_limit
// Compares each word with a representative of every family found so far, letter count by letter
// count: O(n² · L) when most words have no relatives. 20 000 words is hundreds of millions of steps.
function anagramFamilies(words: string[]): string[][] {
  const families: string[][] = []
  for (const word of words) {
    let placed = false
    for (const family of families) {
      if (sameLetters(family[0], word)) {
        family.push(word)
        placed = true
        break
      }
    }
    if (!placed) families.push([word])
  }
  return families
}

function sameLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const counts = new Array<number>(26).fill(0)
  for (let i = 0; i < a.length; i++) {
    counts[a.charCodeAt(i) - 97]++
    counts[b.charCodeAt(i) - 97]--
  }
  for (let c = 0; c < 26; c++) if (counts[c] !== 0) return false
  return true
}
