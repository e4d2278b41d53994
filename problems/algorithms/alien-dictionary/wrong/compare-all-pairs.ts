// expect: time_limit
// Derives constraints from every pair of words, not just neighbours. The extra constraints are implied
// by the adjacent ones, so the answer is right, but 6 000 words make 18 million pairs.
function alienOrder(words: string[]): string {
  const present = new Set<string>()
  for (const w of words) for (const ch of w) present.add(ch)
  const after = new Map<string, Set<string>>()
  for (const ch of present) after.set(ch, new Set())
  for (let i = 0; i < words.length; i++) {
    for (let k = i + 1; k < words.length; k++) {
      const a = words[i]
      const b = words[k]
      let j = 0
      while (j < a.length && j < b.length && a[j] === b[j]) j++
      if (j === a.length || j === b.length) {
        if (a.length > b.length) return ''
        continue
      }
      after.get(a[j])!.add(b[j])
    }
  }
  const indegree = new Map<string, number>()
  for (const ch of present) indegree.set(ch, 0)
  for (const [, set] of after) for (const d of set) indegree.set(d, indegree.get(d)! + 1)
  const queue = [...present].filter((ch) => indegree.get(ch) === 0)
  let order = ''
  for (let head = 0; head < queue.length; head++) {
    const c = queue[head]
    order += c
    for (const d of after.get(c)!) {
      indegree.set(d, indegree.get(d)! - 1)
      if (indegree.get(d) === 0) queue.push(d)
    }
  }
  return order.length === present.size ? order : ''
}
