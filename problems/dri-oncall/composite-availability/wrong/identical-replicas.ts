// expect: wrong_answer
// Computes a quorum with the binomial formula, sum of C(n, j) p^j (1-p)^(n-j) for j >= need, taking p
// from the first replica as if all replicas were identical. Real pools mix hardware generations,
// zones and nested groups; a 2-of-3 cluster with one flaky member is much worse than the formula says.
type Component =
  | { type: 'unit'; name: string; availability: number }
  | { type: 'serial'; parts: Component[] }
  | { type: 'parallel'; parts: Component[] }
  | { type: 'quorum'; need: number; parts: Component[] }

function systemAvailability(system: Component): { availability: number; downtimeMinutesPerYear: number } {
  const a = up(system)
  return { availability: a, downtimeMinutesPerYear: (1 - a) * 525600 }
}

function up(node: Component): number {
  if (node.type === 'unit') return node.availability
  if (node.type === 'serial') return node.parts.reduce((prod, part) => prod * up(part), 1)
  if (node.type === 'parallel') return 1 - node.parts.reduce((prod, part) => prod * (1 - up(part)), 1)
  const n = node.parts.length
  const p = up(node.parts[0])
  let total = 0
  let choose = 1 // C(n, j), built up incrementally
  for (let j = 0; j <= n; j++) {
    if (j > 0) choose = (choose * (n - j + 1)) / j
    if (j >= node.need) total += choose * Math.pow(p, j) * Math.pow(1 - p, n - j)
  }
  return total
}
