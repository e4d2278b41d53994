// expect: wrong_answer
// A trie without an end-of-word flag: search() only checks that the path exists, so any prefix of an
// inserted word is reported as a word ("dep" after inserting "deploy").
class PrefixTree {
  private root = new Map<string, any>()

  insert(word: string): void {
    let node = this.root
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map())
      node = node.get(ch)
    }
  }

  search(word: string): boolean {
    return this.walk(word)
  }

  startsWith(prefix: string): boolean {
    return this.walk(prefix)
  }

  private walk(text: string): boolean {
    let node = this.root
    for (const ch of text) {
      if (!node.has(ch)) return false
      node = node.get(ch)
    }
    return true
  }
}
