// expect: wrong_answer
// Dijkstra with a heap that marks a node as settled when it is first pushed, so a later, shorter route
// can never improve it. The first route found wins, even if a detour is faster.
function networkDelay(times: number[][], n: number, k: number): number {
  const out: number[][][] = []
  for (let i = 0; i <= n; i++) out.push([])
  for (const [u, v, w] of times) out[u].push([v, w])
  const dist: number[] = new Array(n + 1).fill(Infinity)
  const settled: boolean[] = new Array(n + 1).fill(false)
  dist[k] = 0
  settled[k] = true
  const heap: number[][] = [[0, k]]
  while (heap.length > 0) {
    let best = 0
    for (let i = 1; i < heap.length; i++) if (heap[i][0] < heap[best][0]) best = i
    const [d, u] = heap[best]
    heap[best] = heap[heap.length - 1]
    heap.pop()
    for (const [v, w] of out[u]) {
      if (!settled[v]) {
        settled[v] = true
        dist[v] = d + w
        heap.push([d + w, v])
      }
    }
  }
  let latest = 0
  for (let i = 1; i <= n; i++) {
    if (dist[i] === Infinity) return -1
    latest = Math.max(latest, dist[i])
  }
  return latest
}
