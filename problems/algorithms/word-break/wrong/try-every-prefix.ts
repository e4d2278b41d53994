// expect: time_limit
// Recursion over every dictionary prefix with no memory of failed positions: on a long text that
// cannot be split, it explores every way of cutting the part that can, exponentially many.
function canSegment(text: string, words: string[]): boolean {
  const dictionary = new Set(words)
  function from(start: number): boolean {
    if (start === text.length) return true
    for (let end = start + 1; end <= text.length && end - start <= 20; end++) {
      if (dictionary.has(text.slice(start, end)) && from(end)) return true
    }
    return false
  }
  return from(0)
}
