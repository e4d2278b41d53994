// expect: time_limit
// Computes the clocks correctly, but answers each query from the definition of happens-before: a
// depth-first search backwards from one event over "previous event on the same process" and
// "matching send" links, looking for the other. Correct, but each query may visit most of the trace:
// O(events) per query, about a hundred million steps for 20 000 queries on 5 000 events.
function vectorClocks(
  n: number,
  events: (string | number)[][],
  queries: number[][],
): { clocks: number[][]; relations: string[] } {
  const current: number[][] = []
  for (let p = 0; p < n; p++) current.push(new Array(n).fill(0))
  const carried = new Map<number, number[]>()
  const sendIndex = new Map<number, number>()
  const lastOn: number[] = new Array(n).fill(-1)
  const previous: number[] = [] // previous event on the same process, or -1
  const message: number[] = [] // for a receive, the index of its send, else -1
  const clocks: number[][] = []
  for (let i = 0; i < events.length; i++) {
    const p = events[i][1] as number
    const v = current[p]
    previous.push(lastOn[p])
    lastOn[p] = i
    message.push(-1)
    if (events[i][0] === 'recv') {
      const m = events[i][2] as number
      message[i] = sendIndex.get(m)!
      const w = carried.get(m)!
      for (let j = 0; j < n; j++) v[j] = Math.max(v[j], w[j])
    }
    v[p]++
    const stamp = v.slice()
    if (events[i][0] === 'send') {
      carried.set(events[i][2] as number, stamp)
      sendIndex.set(events[i][2] as number, i)
    }
    clocks.push(stamp)
  }
  // Is there a chain of links leading back from `to` to `from`?
  const reaches = (from: number, to: number): boolean => {
    const seen = new Set<number>()
    const stack = [to]
    while (stack.length > 0) {
      const x = stack.pop()!
      if (x === from) return true
      if (x < from || seen.has(x)) continue
      seen.add(x)
      if (previous[x] >= 0) stack.push(previous[x])
      if (message[x] >= 0) stack.push(message[x])
    }
    return false
  }
  const relations = queries.map(([a, b]) => {
    if (a === b) return 'same'
    if (reaches(a, b)) return 'before'
    if (reaches(b, a)) return 'after'
    return 'concurrent'
  })
  return { clocks, relations }
}
