// expect: runtime_error
// Adjacency lists plus a recursive depth-first search from every unvisited server. Correct, but a
// chain of 30 000 servers makes the recursion 30 000 calls deep and overflows the call stack.
function countComponents(n: number, edges: number[][]): number {
  const adj: number[][] = []
  for (let i = 0; i < n; i++) adj.push([])
  for (const [a, b] of edges) {
    adj[a].push(b)
    adj[b].push(a)
  }
  const seen: boolean[] = new Array(n).fill(false)
  const visit = (v: number): void => {
    seen[v] = true
    for (const w of adj[v]) if (!seen[w]) visit(w)
  }
  let count = 0
  for (let v = 0; v < n; v++) {
    if (!seen[v]) {
      count++
      visit(v)
    }
  }
  return count
}
