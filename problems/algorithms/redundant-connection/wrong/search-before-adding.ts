// expect: time_limit
// Before adding each pipe, searches the pipes added so far to see whether its stations are already
// connected. Correct, but each search can cover the whole network: O(n²) when the loop closes late.
function findRedundant(edges: number[][]): number[] {
  const n = edges.length
  const adj: number[][] = []
  for (let i = 0; i <= n; i++) adj.push([])
  for (const edge of edges) {
    const [a, b] = edge
    const seen: boolean[] = new Array(n + 1).fill(false)
    const stack = [a]
    seen[a] = true
    while (stack.length > 0) {
      const v = stack.pop() as number
      if (v === b) return edge
      for (const w of adj[v]) {
        if (!seen[w]) {
          seen[w] = true
          stack.push(w)
        }
      }
    }
    adj[a].push(b)
    adj[b].push(a)
  }
  return []
}
