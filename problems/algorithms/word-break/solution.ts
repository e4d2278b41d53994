function canSegment(text: string, words: string[]): boolean {
  const dictionary = new Set(words)
  const lengths = [...new Set(words.map((w) => w.length))].sort((a, b) => a - b)
  // reachable[i]: text.slice(0, i) splits into dictionary words
  const reachable: boolean[] = new Array(text.length + 1).fill(false)
  reachable[0] = true
  for (let end = 1; end <= text.length; end++) {
    for (const len of lengths) {
      if (len > end) break
      if (reachable[end - len] && dictionary.has(text.slice(end - len, end))) {
        reachable[end] = true
        break
      }
    }
  }
  return reachable[text.length]
}
