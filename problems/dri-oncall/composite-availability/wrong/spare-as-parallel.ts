// expect: wrong_answer
// Reads "N+1" as "we have a spare, so it is redundant" and models every quorum as parallel: up as long
// as any one part is up. A 3-of-4 pool then looks like it has three spares instead of one.
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
  return 1 - node.parts.reduce((prod, part) => prod * (1 - up(part)), 1)
}
