// expect: wrong_answer
// Keys each word by the set of letters it uses, ignoring how often: "ab" and "aab" land in the same
// family although they are not rearrangements of each other.
function anagramFamilies(words: string[]): string[][] {
  const families = new Map<string, string[]>()
  for (const word of words) {
    const key = [...new Set(word)].sort().join('')
    const family = families.get(key)
    if (family) family.push(word)
    else families.set(key, [word])
  }
  return [...families.values()]
}
