// expect: wrong_answer
// Builds the graph only from letters that take part in some constraint, so letters that never appear
// at a first difference are left out: ["zx", "zxy", "x"] answers "zx", missing "y".
function alienOrder(words: string[]): string {
  const after = new Map<string, Set<string>>()
  const indegree = new Map<string, number>()
  const touch = (ch: string) => {
    if (!after.has(ch)) {
      after.set(ch, new Set())
      indegree.set(ch, 0)
    }
  }
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k]
    const b = words[k + 1]
    let j = 0
    while (j < a.length && j < b.length && a[j] === b[j]) j++
    if (j === a.length || j === b.length) {
      if (a.length > b.length) return ''
      continue
    }
    touch(a[j])
    touch(b[j])
    if (!after.get(a[j])!.has(b[j])) {
      after.get(a[j])!.add(b[j])
      indegree.set(b[j], indegree.get(b[j])! + 1)
    }
  }
  const queue = [...after.keys()].filter((ch) => indegree.get(ch) === 0)
  let order = ''
  for (let head = 0; head < queue.length; head++) {
    const c = queue[head]
    order += c
    for (const d of after.get(c)!) {
      indegree.set(d, indegree.get(d)! - 1)
      if (indegree.get(d) === 0) queue.push(d)
    }
  }
  return order.length === after.size ? order : ''
}
