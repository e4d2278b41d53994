// expect: time_limit
// Dijkstra without a priority queue: each step scans all n nodes for the closest unsettled one.
// Correct, but O(n²): 5 000 nodes mean 25 million scans.
function networkDelay(times: number[][], n: number, k: number): number {
  const out: number[][][] = []
  for (let i = 0; i <= n; i++) out.push([])
  for (const [u, v, w] of times) out[u].push([v, w])
  const dist: number[] = new Array(n + 1).fill(Infinity)
  const done: boolean[] = new Array(n + 1).fill(false)
  dist[k] = 0
  let latest = 0
  for (let step = 0; step < n; step++) {
    let u = -1
    for (let i = 1; i <= n; i++) if (!done[i] && (u === -1 || dist[i] < dist[u])) u = i
    if (dist[u] === Infinity) return -1
    done[u] = true
    latest = dist[u]
    for (const [v, w] of out[u]) if (dist[u] + w < dist[v]) dist[v] = dist[u] + w
  }
  return latest
}
