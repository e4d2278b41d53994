// expect: time_limit
// Computes a quorum by walking every up/down combination of its parts and adding the probability of
// each combination with enough parts up. Exact, but 2^n combinations: 33 million for a 25-replica
// pool, and hopeless for 2 000.
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
  const ps = node.parts.map(up)
  const need = node.need
  const walk = (i: number, upCount: number, probability: number): number => {
    if (i === ps.length) return upCount >= need ? probability : 0
    return walk(i + 1, upCount + 1, probability * ps[i]) + walk(i + 1, upCount, probability * (1 - ps[i]))
  }
  return walk(0, 0, 1)
}
