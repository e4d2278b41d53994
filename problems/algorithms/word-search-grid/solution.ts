interface BoardTrieNode {
  children: Map<string, BoardTrieNode>
  word: string | null
}

function findWordsOnBoard(board: string[][], words: string[]): string[] {
  const root: BoardTrieNode = { children: new Map(), word: null }
  for (const word of words) {
    let node = root
    for (const ch of word) {
      let next = node.children.get(ch)
      if (next === undefined) {
        next = { children: new Map(), word: null }
        node.children.set(ch, next)
      }
      node = next
    }
    node.word = word
  }

  const rows = board.length
  const cols = board[0].length
  const found: string[] = []

  function dfs(r: number, c: number, parent: BoardTrieNode): void {
    const ch = board[r][c]
    const node = parent.children.get(ch)
    if (node === undefined) return
    if (node.word !== null) {
      found.push(node.word)
      node.word = null // report each word once
    }
    board[r][c] = '#' // mark the cell as used on the current path
    if (r > 0) dfs(r - 1, c, node)
    if (r + 1 < rows) dfs(r + 1, c, node)
    if (c > 0) dfs(r, c - 1, node)
    if (c + 1 < cols) dfs(r, c + 1, node)
    board[r][c] = ch
    // prune: a branch with no words left below it is never worth walking again
    if (node.children.size === 0 && node.word === null) parent.children.delete(ch)
  }

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) dfs(r, c, root)
  }
  return found.sort()
}
