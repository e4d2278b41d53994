// expect: wrong_answer
// Keys each word by the sum of its character codes: cheap, but different letter mixes collide
// ("ad" and "bc" both sum to 197).
function anagramFamilies(words: string[]): string[][] {
  const families = new Map<number, string[]>()
  for (const word of words) {
    let key = 0
    for (let i = 0; i < word.length; i++) key += word.charCodeAt(i)
    const family = families.get(key)
    if (family) family.push(word)
    else families.set(key, [word])
  }
  return [...families.values()]
}
