// expect: wrong_answer
// Breadth-first search that fixes each node's time when it is first discovered, i.e. along the route
// with the fewest links, not the fastest one: in example 1, node 2 gets 4 ms (direct) instead of 3.
function networkDelay(times: number[][], n: number, k: number): number {
  const out: number[][][] = []
  for (let i = 0; i <= n; i++) out.push([])
  for (const [u, v, w] of times) out[u].push([v, w])
  const dist: number[] = new Array(n + 1).fill(-1)
  dist[k] = 0
  const queue = [k]
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]
    for (const [v, w] of out[u]) {
      if (dist[v] === -1) {
        dist[v] = dist[u] + w
        queue.push(v)
      }
    }
  }
  let latest = 0
  for (let i = 1; i <= n; i++) {
    if (dist[i] === -1) return -1
    latest = Math.max(latest, dist[i])
  }
  return latest
}
