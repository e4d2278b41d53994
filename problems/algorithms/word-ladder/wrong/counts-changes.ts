// expect: wrong_answer
// Correct BFS, but returns the number of letter changes (edges) instead of the number of words in the
// chain: lead → load → goad → gold answers 3 instead of 4.
function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  const unvisited = new Set(wordList)
  if (!unvisited.has(endWord)) return 0
  let level = [beginWord]
  let changes = 0
  while (level.length > 0) {
    const next: string[] = []
    for (const word of level) {
      if (word === endWord) return changes
      for (let i = 0; i < word.length; i++) {
        for (let code = 97; code <= 122; code++) {
          const candidate = word.slice(0, i) + String.fromCharCode(code) + word.slice(i + 1)
          if (unvisited.has(candidate)) {
            unvisited.delete(candidate)
            next.push(candidate)
          }
        }
      }
    }
    level = next
    changes++
  }
  return 0
}
