function findWordsOnBoard(board: string[][], words: string[]): string[] {
  // Return the words that can be traced on the board (adjacent cells, no cell reused), sorted.
  return []
}
