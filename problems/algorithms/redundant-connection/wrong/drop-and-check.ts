// expect: time_limit
// Tries removing pipes from the last one backwards and checks with a BFS whether the rest still
// reaches every station. Correct, but each check is O(n), and when the loop sits at the front of the
// list almost every pipe is tried: O(n²).
function findRedundant(edges: number[][]): number[] {
  const n = edges.length
  for (let skip = n - 1; skip >= 0; skip--) {
    const adj: number[][] = []
    for (let i = 0; i <= n; i++) adj.push([])
    for (let i = 0; i < n; i++) {
      if (i === skip) continue
      adj[edges[i][0]].push(edges[i][1])
      adj[edges[i][1]].push(edges[i][0])
    }
    const seen: boolean[] = new Array(n + 1).fill(false)
    const queue = [1]
    seen[1] = true
    for (let h = 0; h < queue.length; h++) {
      for (const w of adj[queue[h]]) {
        if (!seen[w]) {
          seen[w] = true
          queue.push(w)
        }
      }
    }
    if (queue.length === n) return edges[skip]
  }
  return []
}
