// expect: wrong_answer
// Plain Dijkstra: finds the cheapest trip overall and never looks at k, so in example 1 (k = 1) it
// answers 80 using two stops.
function cheapestFlight(n: number, flights: number[][], src: number, dst: number, k: number): number {
  const out: number[][][] = []
  for (let i = 0; i < n; i++) out.push([])
  for (const [from, to, price] of flights) out[from].push([to, price])
  const cost: number[] = new Array(n).fill(Infinity)
  const done: boolean[] = new Array(n).fill(false)
  cost[src] = 0
  for (let step = 0; step < n; step++) {
    let u = -1
    for (let i = 0; i < n; i++) if (!done[i] && (u === -1 || cost[i] < cost[u])) u = i
    if (cost[u] === Infinity) break
    done[u] = true
    for (const [to, price] of out[u]) cost[to] = Math.min(cost[to], cost[u] + price)
  }
  return cost[dst] === Infinity ? -1 : cost[dst]
}
