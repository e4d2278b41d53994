// expect: wrong_answer
// Finds the loop correctly (by peeling off stations with a single pipe until only the loop is left),
// but returns the loop pipe that appears first in the list instead of the last one.
function findRedundant(edges: number[][]): number[] {
  const n = edges.length
  const degree: number[] = new Array(n + 1).fill(0)
  const adj: number[][] = []
  for (let i = 0; i <= n; i++) adj.push([])
  for (const [a, b] of edges) {
    degree[a]++
    degree[b]++
    adj[a].push(b)
    adj[b].push(a)
  }
  const removed: boolean[] = new Array(n + 1).fill(false)
  const leaves: number[] = []
  for (let v = 1; v <= n; v++) if (degree[v] === 1) leaves.push(v)
  while (leaves.length > 0) {
    const v = leaves.pop() as number
    removed[v] = true
    for (const w of adj[v]) if (!removed[w] && --degree[w] === 1) leaves.push(w)
  }
  for (const edge of edges) if (!removed[edge[0]] && !removed[edge[1]]) return edge
  return []
}
