// expect: wrong_answer
// Uses the back-of-the-envelope rule "serial downtimes add up": a chain's unavailability is the sum
// of its parts' unavailabilities. That is a fine estimate for 99.9 % parts (the error is the product
// of two tiny numbers), but it is not the probability asked for, and with weaker parts it is far off:
// twelve parts at 90 % and below come out as "less than zero percent available".
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
  const ps = node.parts.map(up)
  if (node.type === 'serial') return 1 - ps.reduce((sum, p) => sum + (1 - p), 0)
  if (node.type === 'parallel') return 1 - ps.reduce((prod, p) => prod * (1 - p), 1)
  const exactly = new Array(ps.length + 1).fill(0)
  exactly[0] = 1
  for (const p of ps) for (let j = ps.length; j >= 0; j--) exactly[j] = exactly[j] * (1 - p) + (j > 0 ? exactly[j - 1] * p : 0)
  let total = 0
  for (let j = node.need; j <= ps.length; j++) total += exactly[j]
  return total
}
