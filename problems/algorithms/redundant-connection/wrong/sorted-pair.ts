// expect: wrong_answer
// Correct union-find, but returns the pipe with its stations sorted instead of as written:
// [3, 2] comes back as [2, 3].
function findRedundant(edges: number[][]): number[] {
  const parent: number[] = []
  for (let i = 0; i <= edges.length; i++) parent.push(i)
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }
  for (const [a, b] of edges) {
    const ra = find(a)
    const rb = find(b)
    if (ra === rb) return [Math.min(a, b), Math.max(a, b)]
    parent[ra] = rb
  }
  return []
}
