// expect: wrong_answer
// Groups correctly but then sorts every family alphabetically and the families by their key, which is
// not the order the statement asks for.
function anagramFamilies(words: string[]): string[][] {
  const families: Record<string, string[]> = {}
  for (const word of words) {
    const key = word.split('').sort().join('')
    ;(families[key] ??= []).push(word)
  }
  return Object.keys(families)
    .sort()
    .map((key) => families[key].sort())
}
