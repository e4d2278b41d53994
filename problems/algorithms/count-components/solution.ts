function countComponents(n: number, edges: number[][]): number {
  // Union-find with union by size and path halving.
  const parent: number[] = new Array(n)
  const size: number[] = new Array(n).fill(1)
  for (let i = 0; i < n; i++) parent[i] = i

  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  let components = n
  for (const [a, b] of edges) {
    let ra = find(a)
    let rb = find(b)
    if (ra === rb) continue // same cluster already (also covers [a, a] and repeated cables)
    if (size[ra] < size[rb]) {
      const t = ra
      ra = rb
      rb = t
    }
    parent[rb] = ra
    size[ra] += size[rb]
    components--
  }
  return components
}
