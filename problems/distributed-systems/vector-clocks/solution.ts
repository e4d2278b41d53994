function vectorClocks(
  n: number,
  events: (string | number)[][],
  queries: number[][],
): { clocks: number[][]; relations: string[] } {
  const current: number[][] = []
  for (let p = 0; p < n; p++) current.push(new Array(n).fill(0))
  const carried = new Map<number, number[]>() // message id -> clock of its send
  const clocks: number[][] = []

  for (const event of events) {
    const kind = event[0] as string
    const p = event[1] as number
    const v = current[p]
    if (kind === 'recv') {
      const w = carried.get(event[2] as number)!
      for (let j = 0; j < n; j++) if (w[j] > v[j]) v[j] = w[j]
    }
    v[p] += 1
    // A copy: the process's own vector keeps changing after this event.
    const stamp = v.slice()
    if (kind === 'send') carried.set(event[2] as number, stamp)
    clocks.push(stamp)
  }

  const relations: string[] = []
  for (const [a, b] of queries) {
    if (a === b) {
      relations.push('same')
      continue
    }
    const A = clocks[a]
    const B = clocks[b]
    let aNotAbove = true // A <= B
    let bNotAbove = true // B <= A
    for (let j = 0; j < n; j++) {
      if (A[j] > B[j]) aNotAbove = false
      else if (A[j] < B[j]) bNotAbove = false
    }
    // Distinct events never share a clock, so at most one of the two holds.
    relations.push(aNotAbove ? 'before' : bNotAbove ? 'after' : 'concurrent')
  }
  return { clocks, relations }
}
