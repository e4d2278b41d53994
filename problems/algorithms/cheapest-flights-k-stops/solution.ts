function cheapestFlight(n: number, flights: number[][], src: number, dst: number, k: number): number {
  // cost[v] = cheapest cost to reach v using at most `round` flights.
  let cost: number[] = new Array(n).fill(Infinity)
  cost[src] = 0
  // At most k stops means at most k + 1 flights: k + 1 rounds of Bellman-Ford.
  for (let round = 1; round <= k + 1; round++) {
    // Relax from the previous round's costs only, so each round adds at most one flight.
    const next = cost.slice()
    let changed = false
    for (const flight of flights) {
      const from = flight[0]
      const to = flight[1]
      const candidate = cost[from] + flight[2]
      if (candidate < next[to]) {
        next[to] = candidate
        changed = true
      }
    }
    cost = next
    if (!changed) break // more flights cannot help any more
  }
  return cost[dst] === Infinity ? -1 : cost[dst]
}
