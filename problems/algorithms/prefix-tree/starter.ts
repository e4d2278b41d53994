class PrefixTree {
  constructor() {
    // set up an empty index
  }

  insert(word: string): void {
    // add word to the index
  }

  search(word: string): boolean {
    // was exactly this word inserted?
    return false
  }

  startsWith(prefix: string): boolean {
    // does any inserted word begin with prefix?
    return false
  }
}
