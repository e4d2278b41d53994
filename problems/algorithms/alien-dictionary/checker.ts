function check(input: unknown[], expected: unknown, actual: unknown): true | string {
  const words = input[0] as string[]
  if (typeof actual !== 'string') return 'expected a string'
  if (expected === '') {
    return actual === '' ? true : 'no alphabet can produce this glossary, so the answer is ""'
  }
  if (actual === '') return 'a consistent alphabet exists, but "" was returned'

  const present = new Set<string>()
  for (const w of words) for (const ch of w) present.add(ch)
  const rank = new Map<string, number>()
  for (let i = 0; i < actual.length; i++) {
    const ch = actual[i]
    if (!present.has(ch)) return `letter "${ch}" does not appear in the words`
    if (rank.has(ch)) return `letter "${ch}" appears more than once`
    rank.set(ch, i)
  }
  for (const ch of present) if (!rank.has(ch)) return `letter "${ch}" is missing`

  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k]
    const b = words[k + 1]
    let j = 0
    while (j < a.length && j < b.length && a[j] === b[j]) j++
    if (j < a.length && j < b.length && (rank.get(a[j]) as number) > (rank.get(b[j]) as number)) {
      return `"${a}" comes before "${b}", so "${a[j]}" must come before "${b[j]}"`
    }
  }
  return true
}
