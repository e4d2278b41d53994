// expect: wrong_answer
// Depth-first search with a visited set, returning the length of the first chain it finds. DFS does
// not explore by distance, so that chain is often longer than the shortest one.
function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  const dict = new Set(wordList)
  if (!dict.has(endWord)) return 0
  const visited = new Set<string>([beginWord])
  const stack: [string, number][] = [[beginWord, 1]]
  while (stack.length > 0) {
    const [word, length] = stack.pop() as [string, number]
    if (word === endWord) return length
    for (let i = 0; i < word.length; i++) {
      for (let code = 97; code <= 122; code++) {
        const candidate = word.slice(0, i) + String.fromCharCode(code) + word.slice(i + 1)
        if (dict.has(candidate) && !visited.has(candidate)) {
          visited.add(candidate)
          stack.push([candidate, length + 1])
        }
      }
    }
  }
  return 0
}
