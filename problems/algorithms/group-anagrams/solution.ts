function anagramFamilies(words: string[]): string[][] {
  // A Map iterates in insertion order, which is exactly "order of first appearance".
  const families = new Map<string, string[]>()
  for (const word of words) {
    const key = word.split('').sort().join('')
    const family = families.get(key)
    if (family) family.push(word)
    else families.set(key, [word])
  }
  return [...families.values()]
}
