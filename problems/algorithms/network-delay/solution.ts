function networkDelay(times: number[][], n: number, k: number): number {
  const out: number[][][] = []
  for (let i = 0; i <= n; i++) out.push([])
  for (const [u, v, w] of times) out[u].push([v, w])

  const dist: number[] = new Array(n + 1).fill(Infinity)
  dist[k] = 0
  // Binary min-heap of [time, node] entries; stale entries are skipped when popped.
  const heap: number[][] = [[0, k]]
  const push = (entry: number[]) => {
    heap.push(entry)
    let i = heap.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (heap[p][0] <= heap[i][0]) break
      const t = heap[p]
      heap[p] = heap[i]
      heap[i] = t
      i = p
    }
  }
  const pop = (): number[] => {
    const top = heap[0]
    const last = heap.pop() as number[]
    if (heap.length > 0) {
      heap[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r
        if (m === i) break
        const t = heap[m]
        heap[m] = heap[i]
        heap[i] = t
        i = m
      }
    }
    return top
  }

  let reached = 0
  let latest = 0
  while (heap.length > 0) {
    const [d, u] = pop()
    if (d > dist[u]) continue // a shorter route to u was already settled
    reached++
    latest = d
    for (const [v, w] of out[u]) {
      if (d + w < dist[v]) {
        dist[v] = d + w
        push([d + w, v])
      }
    }
  }
  // Nodes are settled in increasing time, so the last one settled is the latest.
  return reached === n ? latest : -1
}
