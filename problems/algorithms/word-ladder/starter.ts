function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  // Return the number of words in the shortest chain, or 0 if there is none.
  return 0
}
