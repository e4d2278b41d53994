// expect: time_limit
// Memoises positions that lead to a split, but a position that fails is not remembered — and
// failures are exactly what gets recomputed when no split exists.
function canSegment(text: string, words: string[]): boolean {
  const dictionary = new Set(words)
  const works = new Set<number>()
  function from(start: number): boolean {
    if (start === text.length || works.has(start)) return true
    for (let end = start + 1; end <= text.length; end++) {
      if (dictionary.has(text.slice(start, end)) && from(end)) {
        works.add(start)
        return true
      }
    }
    return false
  }
  return from(0)
}
