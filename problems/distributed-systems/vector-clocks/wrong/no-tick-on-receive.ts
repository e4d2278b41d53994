// expect: wrong_answer
// Merges the incoming clock with an element-wise max but forgets that the receive is an event of its
// own: the receiver's entry is not incremented. A receive that learns everything from the message
// then carries exactly the send's clock ([1, 0] for both events of "send, recv"), and the pair is
// no longer ordered.
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
    } else {
      v[p]++
    }
    const stamp = v.slice()
    if (event[0] === 'send') carried.set(event[2] as number, stamp)
    clocks.push(stamp)
  }
  const relations = queries.map(([a, b]) => {
    if (a === b) return 'same'
    let le = true
    let ge = true
    for (let j = 0; j < n; j++) {
      if (clocks[a][j] > clocks[b][j]) le = false
      if (clocks[a][j] < clocks[b][j]) ge = false
    }
    if (le && !ge) return 'before'
    if (ge && !le) return 'after'
    return 'concurrent'
  })
  return { clocks, relations }
}
