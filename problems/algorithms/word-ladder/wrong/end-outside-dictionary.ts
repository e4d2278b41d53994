// expect: wrong_answer
// Stops as soon as a one-letter change produces endWord, before checking the dictionary, so a chain
// may end on a word that is not in wordList: "cat" → "cot" with ["cut", "cog", "dot"] answers 2
// instead of 0.
function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  const unvisited = new Set(wordList)
  let level = [beginWord]
  let length = 1
  while (level.length > 0) {
    const next: string[] = []
    for (const word of level) {
      for (let i = 0; i < word.length; i++) {
        for (let code = 97; code <= 122; code++) {
          const candidate = word.slice(0, i) + String.fromCharCode(code) + word.slice(i + 1)
          if (candidate === endWord) return length + 1
          if (unvisited.has(candidate)) {
            unvisited.delete(candidate)
            next.push(candidate)
          }
        }
      }
    }
    level = next
    length++
  }
  return 0
}
