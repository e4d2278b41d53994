interface TrieNode {
  children: Map<string, TrieNode>
  isWord: boolean
}

function newNode(): TrieNode {
  return { children: new Map(), isWord: false }
}

class PrefixTree {
  private root: TrieNode = newNode()

  insert(word: string): void {
    let node = this.root
    for (const ch of word) {
      let next = node.children.get(ch)
      if (next === undefined) {
        next = newNode()
        node.children.set(ch, next)
      }
      node = next
    }
    node.isWord = true
  }

  search(word: string): boolean {
    const node = this.walk(word)
    return node !== null && node.isWord
  }

  startsWith(prefix: string): boolean {
    return this.walk(prefix) !== null
  }

  private walk(text: string): TrieNode | null {
    let node = this.root
    for (const ch of text) {
      const next = node.children.get(ch)
      if (next === undefined) return null
      node = next
    }
    return node
  }
}
