function findRedundant(edges: number[][]): number[] {
  const n = edges.length
  const parent: number[] = new Array(n + 1)
  const size: number[] = new Array(n + 1).fill(1)
  for (let i = 0; i <= n; i++) parent[i] = i

  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  // Add pipes in input order. Until the loop's last pipe arrives the pipes form a forest, so the first
  // pipe joining two already-connected stations is exactly the loop pipe listed last.
  for (const edge of edges) {
    let ra = find(edge[0])
    let rb = find(edge[1])
    if (ra === rb) return edge
    if (size[ra] < size[rb]) {
      const t = ra
      ra = rb
      rb = t
    }
    parent[rb] = ra
    size[ra] += size[rb]
  }
  return []
}
