// expect: wrong_answer
// Skips pairs with no differing position without checking their lengths, so a longer word listed
// before its own prefix goes unnoticed: ["pq", "p"] answers "pq" instead of "".
function alienOrder(words: string[]): string {
  const present = new Set<string>()
  for (const w of words) for (const ch of w) present.add(ch)
  const after = new Map<string, Set<string>>()
  for (const ch of present) after.set(ch, new Set())
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k]
    const b = words[k + 1]
    for (let j = 0; j < Math.min(a.length, b.length); j++) {
      if (a[j] !== b[j]) {
        after.get(a[j])!.add(b[j])
        break
      }
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
