// expect: wrong_answer
// Trie search that forgets to mark the cells of the current path, so a word may walk back over a cell
// it already used ("aba" on a two-cell board [a, b]).
interface Node {
  children: Map<string, Node>
  word: string | null
}

function findWordsOnBoard(board: string[][], words: string[]): string[] {
  const root: Node = { children: new Map(), word: null }
  for (const word of words) {
    let node = root
    for (const ch of word) {
      if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), word: null })
      node = node.children.get(ch)!
    }
    node.word = word
  }
  const rows = board.length
  const cols = board[0].length
  const found = new Set<string>()

  function dfs(r: number, c: number, parent: Node): void {
    if (r < 0 || r >= rows || c < 0 || c >= cols) return
    const node = parent.children.get(board[r][c])
    if (!node) return
    if (node.word !== null) found.add(node.word)
    dfs(r - 1, c, node)
    dfs(r + 1, c, node)
    dfs(r, c - 1, node)
    dfs(r, c + 1, node)
  }

  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) dfs(r, c, root)
  return [...found].sort()
}
