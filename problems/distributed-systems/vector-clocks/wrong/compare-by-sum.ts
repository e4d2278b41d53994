// expect: wrong_answer
// Correct clocks, but orders two events by the sum of their entries, as if a vector clock were a
// Lamport timestamp. Every pair gets ordered, so concurrency is never detected: [2, 0, 0] and
// [1, 3, 0] come out "before" instead of "concurrent".
function vectorClocks(
  n: number,
  events: (string | number)[][],
  queries: number[][],
): { clocks: number[][]; relations: string[] } {
  const current: number[][] = []
  for (let p = 0; p < n; p++) current.push(new Array(n).fill(0))
  const carried = new Map<number, number[]>()
  const clocks: number[][] = []
  for (const event of events) {
    const p = event[1] as number
    const v = current[p]
    if (event[0] === 'recv') {
      const w = carried.get(event[2] as number)!
      for (let j = 0; j < n; j++) v[j] = Math.max(v[j], w[j])
    }
    v[p]++
    const stamp = v.slice()
    if (event[0] === 'send') carried.set(event[2] as number, stamp)
    clocks.push(stamp)
  }
  const sum = (c: number[]) => c.reduce((s, x) => s + x, 0)
  const relations = queries.map(([a, b]) => {
    if (a === b) return 'same'
    const sa = sum(clocks[a])
    const sb = sum(clocks[b])
    return sa < sb ? 'before' : sa > sb ? 'after' : 'concurrent'
  })
  return { clocks, relations }
}
