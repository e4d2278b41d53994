// expect: wrong_answer
// Dijkstra over (cost, airport, flights used) that settles each airport the first time it is popped.
// The cheapest way into an airport may use too many flights to continue, and the settled flag then
// discards a pricier arrival with flights to spare.
function cheapestFlight(n: number, flights: number[][], src: number, dst: number, k: number): number {
  const out: number[][][] = []
  for (let i = 0; i < n; i++) out.push([])
  for (const [from, to, price] of flights) out[from].push([to, price])
  const settled: boolean[] = new Array(n).fill(false)
  const queue: number[][] = [[0, src, 0]]
  while (queue.length > 0) {
    let best = 0
    for (let i = 1; i < queue.length; i++) if (queue[i][0] < queue[best][0]) best = i
    const [spent, airport, used] = queue[best]
    queue[best] = queue[queue.length - 1]
    queue.pop()
    if (airport === dst) return spent
    if (settled[airport]) continue
    settled[airport] = true
    if (used === k + 1) continue
    for (const [to, price] of out[airport]) queue.push([spent + price, to, used + 1])
  }
  return -1
}
