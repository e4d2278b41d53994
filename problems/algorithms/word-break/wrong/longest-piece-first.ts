// expect: wrong_answer
// Greedy: always cuts off the longest word that matches at the current position, never backtracks.
// "timeoutput" takes "timeout" and is left with "put".
function canSegment(text: string, words: string[]): boolean {
  const dictionary = new Set(words)
  let start = 0
  while (start < text.length) {
    let cut = -1
    for (let end = text.length; end > start; end--) {
      if (dictionary.has(text.slice(start, end))) {
        cut = end
        break
      }
    }
    if (cut === -1) return false
    start = cut
  }
  return true
}
