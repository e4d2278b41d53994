// expect: time_limit
// BFS that finds the neighbours of each word by comparing it letter by letter with every unvisited
// dictionary word: O(N² · L). Correct, but with 3 000 words and an unreachable target that is millions
// of comparisons per level.
function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  if (!wordList.includes(endWord)) return 0
  const visited: boolean[] = new Array(wordList.length).fill(false)
  let level = [beginWord]
  let length = 1
  while (level.length > 0) {
    const next: string[] = []
    for (const word of level) {
      if (word === endWord) return length
      for (let j = 0; j < wordList.length; j++) {
        if (visited[j]) continue
        const other = wordList[j]
        let diff = 0
        for (let i = 0; i < other.length && diff < 2; i++) if (other[i] !== word[i]) diff++
        if (diff === 1) {
          visited[j] = true
          next.push(other)
        }
      }
    }
    level = next
    length++
  }
  return 0
}
