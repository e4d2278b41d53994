function cheapestFlight(n: number, flights: number[][], src: number, dst: number, k: number): number {
  // Return the cheapest cost from src to dst with at most k stops, or -1.
  return -1
}
