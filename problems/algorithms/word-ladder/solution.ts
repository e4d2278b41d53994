function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  // Words not yet reached. Removing a word when it is first reached marks it visited.
  const unvisited = new Set(wordList)
  if (!unvisited.has(endWord)) return 0
  unvisited.delete(beginWord)

  const letters = 'abcdefghijklmnopqrstuvwxyz'
  let level: string[] = [beginWord]
  let length = 1
  // Breadth-first search, one level (one more word in the chain) at a time.
  while (level.length > 0) {
    const next: string[] = []
    for (const word of level) {
      if (word === endWord) return length
      for (let i = 0; i < word.length; i++) {
        const before = word.slice(0, i)
        const after = word.slice(i + 1)
        for (const ch of letters) {
          const candidate = before + ch + after
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
