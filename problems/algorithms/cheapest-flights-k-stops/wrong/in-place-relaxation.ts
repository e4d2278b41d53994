// expect: wrong_answer
// Bellman-Ford with k + 1 rounds, but it updates the cost array in place. A cost improved earlier in
// the same round is used again in that round, so one round can chain several flights and the stop
// limit leaks: [[0, 1, 100], [1, 2, 100], [0, 2, 500]] with k = 0 answers 200 instead of 500.
function cheapestFlight(n: number, flights: number[][], src: number, dst: number, k: number): number {
  const cost: number[] = new Array(n).fill(Infinity)
  cost[src] = 0
  for (let round = 0; round <= k; round++) {
    for (const [from, to, price] of flights) {
      if (cost[from] + price < cost[to]) cost[to] = cost[from] + price
    }
  }
  return cost[dst] === Infinity ? -1 : cost[dst]
}
