// expect: time_limit
// "Quick-find": every server stores its cluster label, and joining two clusters relabels them by
// scanning all n servers. Correct, but O(n) per cable: billions of steps with tens of thousands of cables and servers.
function countComponents(n: number, edges: number[][]): number {
  const label: number[] = []
  for (let i = 0; i < n; i++) label.push(i)
  let components = n
  for (const [a, b] of edges) {
    const from = label[b]
    const to = label[a]
    if (from === to) continue
    for (let i = 0; i < n; i++) if (label[i] === from) label[i] = to
    components--
  }
  return components
}
