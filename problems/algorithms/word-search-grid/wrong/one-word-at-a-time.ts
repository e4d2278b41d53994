// expect: time_limit
// Runs a separate "is this word on the board?" search for every word from every cell. Words that
// share a long beginning repeat the same walks again and again; a trie walks each shared prefix once.
function findWordsOnBoard(board: string[][], words: string[]): string[] {
  const rows = board.length
  const cols = board[0].length

  function matchFrom(r: number, c: number, word: string, k: number): boolean {
    if (board[r][c] !== word[k]) return false
    if (k === word.length - 1) return true
    const ch = board[r][c]
    board[r][c] = '#'
    const found =
      (r > 0 && matchFrom(r - 1, c, word, k + 1)) ||
      (r + 1 < rows && matchFrom(r + 1, c, word, k + 1)) ||
      (c > 0 && matchFrom(r, c - 1, word, k + 1)) ||
      (c + 1 < cols && matchFrom(r, c + 1, word, k + 1))
    board[r][c] = ch
    return found
  }

  function onBoard(word: string): boolean {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (matchFrom(r, c, word, 0)) return true
      }
    }
    return false
  }

  return words.filter(onBoard).sort()
}
