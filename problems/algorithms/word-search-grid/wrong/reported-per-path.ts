// expect: wrong_answer
// Correct trie search, but it records a word every time a path spells it; a word that can be traced
// in two ways appears twice in the answer.
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
  const found: string[] = []

  function dfs(r: number, c: number, parent: Node): void {
    const ch = board[r][c]
    const node = parent.children.get(ch)
    if (!node) return
    if (node.word !== null) found.push(node.word)
    board[r][c] = '#'
    if (r > 0) dfs(r - 1, c, node)
    if (r + 1 < rows) dfs(r + 1, c, node)
    if (c > 0) dfs(r, c - 1, node)
    if (c + 1 < cols) dfs(r, c + 1, node)
    board[r][c] = ch
  }

  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) dfs(r, c, root)
  return found.sort()
}
