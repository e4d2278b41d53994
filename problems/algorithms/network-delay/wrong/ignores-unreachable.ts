// expect: wrong_answer
// Correct Dijkstra, but returns the largest time among the nodes that were reached and never
// reports -1: example 2 answers 0 instead of -1.
function networkDelay(times: number[][], n: number, k: number): number {
  const out: number[][][] = []
  for (let i = 0; i <= n; i++) out.push([])
  for (const [u, v, w] of times) out[u].push([v, w])
  const dist: number[] = new Array(n + 1).fill(Infinity)
  dist[k] = 0
  const heap: number[][] = [[0, k]]
  const push = (e: number[]) => {
    heap.push(e)
    let i = heap.length - 1
    while (i > 0 && heap[(i - 1) >> 1][0] > heap[i][0]) {
      const p = (i - 1) >> 1
      ;[heap[p], heap[i]] = [heap[i], heap[p]]
      i = p
    }
  }
  const pop = () => {
    const top = heap[0]
    const last = heap.pop() as number[]
    if (heap.length) {
      heap[0] = last
      let i = 0
      for (;;) {
        let m = i
        const l = 2 * i + 1
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l
        if (l + 1 < heap.length && heap[l + 1][0] < heap[m][0]) m = l + 1
        if (m === i) break
        ;[heap[m], heap[i]] = [heap[i], heap[m]]
        i = m
      }
    }
    return top
  }
  while (heap.length) {
    const [d, u] = pop()
    if (d > dist[u]) continue
    for (const [v, w] of out[u]) {
      if (d + w < dist[v]) {
        dist[v] = d + w
        push([d + w, v])
      }
    }
  }
  let latest = 0
  for (let i = 1; i <= n; i++) if (dist[i] !== Infinity) latest = Math.max(latest, dist[i])
  return latest
}
