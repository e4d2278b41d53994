// expect: wrong_answer
// Attaches the sender's live vector to the message instead of a copy. By the time the message is
// received, the sender may have moved on, and the receiver merges in events that happened after the
// send: it then looks causally after work it never heard of.
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
    if (event[0] === 'send') carried.set(event[2] as number, v)
    clocks.push(v.slice())
  }
  const relations = queries.map(([a, b]) => {
    if (a === b) return 'same'
    let le = true
    let ge = true
    for (let j = 0; j < n; j++) {
      if (clocks[a][j] > clocks[b][j]) le = false
      if (clocks[a][j] < clocks[b][j]) ge = false
    }
    return le ? 'before' : ge ? 'after' : 'concurrent'
  })
  return { clocks, relations }
}
