// expect: time_limit
// Keeps the words in a plain array and compares the query against every stored word, character by
// character: O(number of words × length) per question instead of O(length).
class PrefixTree {
  private words: string[] = []

  insert(word: string): void {
    if (!this.search(word)) this.words.push(word)
  }

  search(word: string): boolean {
    for (const w of this.words) {
      if (w.length !== word.length) continue
      let same = true
      for (let i = 0; i < w.length; i++) {
        if (w[i] !== word[i]) {
          same = false
          break
        }
      }
      if (same) return true
    }
    return false
  }

  startsWith(prefix: string): boolean {
    for (const w of this.words) {
      if (w.length < prefix.length) continue
      let same = true
      for (let i = 0; i < prefix.length; i++) {
        if (w[i] !== prefix[i]) {
          same = false
          break
        }
      }
      if (same) return true
    }
    return false
  }
}
