// expect: time_limit
// Depth-first search over every trip of at most k + 1 flights, keeping the cheapest cost that reaches
// dst. Correct, but the number of trips grows exponentially with k on a busy route map.
function cheapestFlight(n: number, flights: number[][], src: number, dst: number, k: number): number {
  const out: number[][][] = []
  for (let i = 0; i < n; i++) out.push([])
  for (const [from, to, price] of flights) out[from].push([to, price])
  let best = Infinity
  const explore = (airport: number, spent: number, flightsLeft: number): void => {
    if (airport === dst) {
      best = Math.min(best, spent)
      return
    }
    if (flightsLeft === 0) return
    for (const [to, price] of out[airport]) explore(to, spent + price, flightsLeft - 1)
  }
  explore(src, 0, k + 1)
  return best === Infinity ? -1 : best
}
