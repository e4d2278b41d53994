// expect: wrong_answer
// Stores words and all their prefixes as keys of plain objects. Fast, but a plain object inherits
// properties: `this.words["constructor"]` is Object itself, so "constructor" is always "found".
class PrefixTree {
  private words: Record<string, boolean> = {}
  private prefixes: Record<string, boolean> = {}

  insert(word: string): void {
    this.words[word] = true
    for (let end = 1; end <= word.length; end++) this.prefixes[word.slice(0, end)] = true
  }

  search(word: string): boolean {
    return !!this.words[word]
  }

  startsWith(prefix: string): boolean {
    return !!this.prefixes[prefix]
  }
}
