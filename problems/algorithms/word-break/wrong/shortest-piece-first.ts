// expect: wrong_answer
// Greedy the other way: always cuts off the shortest matching word. "netflow" takes "ne" and is
// stuck on "tflow", although "netf" + "low" works.
function canSegment(text: string, words: string[]): boolean {
  const dictionary = new Set(words)
  let start = 0
  while (start < text.length) {
    let cut = -1
    for (let end = start + 1; end <= text.length; end++) {
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
