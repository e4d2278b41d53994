// expect: wrong_answer
// Union-find that links the servers themselves (parent[a] = b) instead of their roots. Re-pointing a
// server that already had a parent detaches it from its old cluster: [[0, 1], [0, 2]] with n = 3
// answers 2 instead of 1.
function countComponents(n: number, edges: number[][]): number {
  const parent: number[] = []
  for (let i = 0; i < n; i++) parent.push(i)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x]
    return x
  }
  for (const [a, b] of edges) {
    if (find(a) !== find(b)) parent[a] = b
  }
  let roots = 0
  for (let i = 0; i < n; i++) if (parent[i] === i) roots++
  return roots
}
