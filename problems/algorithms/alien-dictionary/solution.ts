function alienOrder(words: string[]): string {
  const A = 26
  const code = (ch: string) => ch.charCodeAt(0) - 97

  // Letters that appear at all.
  const present: boolean[] = new Array(A).fill(false)
  for (const w of words) for (let i = 0; i < w.length; i++) present[code(w[i])] = true

  // One constraint per adjacent pair: the first differing letters.
  const edge: boolean[][] = []
  for (let i = 0; i < A; i++) edge.push(new Array(A).fill(false))
  const indegree: number[] = new Array(A).fill(0)
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k]
    const b = words[k + 1]
    const len = Math.min(a.length, b.length)
    let j = 0
    while (j < len && a[j] === b[j]) j++
    if (j === len) {
      // One word is a prefix of the other: the longer one must not come first.
      if (a.length > b.length) return ''
      continue
    }
    const from = code(a[j])
    const to = code(b[j])
    if (!edge[from][to]) {
      edge[from][to] = true
      indegree[to]++
    }
  }

  // Kahn's algorithm over the letters that appear.
  const queue: number[] = []
  for (let c = 0; c < A; c++) if (present[c] && indegree[c] === 0) queue.push(c)
  let order = ''
  let count = 0
  for (let head = 0; head < queue.length; head++) {
    const c = queue[head]
    order += String.fromCharCode(97 + c)
    count++
    for (let d = 0; d < A; d++) {
      if (edge[c][d] && --indegree[d] === 0) queue.push(d)
    }
  }
  let letters = 0
  for (let c = 0; c < A; c++) if (present[c]) letters++
  return count === letters ? order : ''
}
