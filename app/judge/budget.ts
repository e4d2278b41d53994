/**
 * Cost units. A tick is one call of QuickJS's interrupt handler, which QuickJS makes every 10 000
 * interpreter checkpoints (function calls and loop back-edges; JS_INTERRUPT_COUNTER_INIT). Users see
 * "ops" = ticks × 10 000: a plain `for` loop spends about 2 ops per iteration.
 */
export const OPS_PER_TICK = 10_000

export const DEFAULT_BUDGET_FACTOR = 4
export const DEFAULT_BUDGET_FLOOR = 200

/** A test's tick budget from the reference solution's ticks: max(floor, ceil(factor × ticks)). */
export function calibrateBudget(
  referenceTicks: number,
  {
    factor = DEFAULT_BUDGET_FACTOR,
    floor = DEFAULT_BUDGET_FLOOR,
  }: { factor?: number; floor?: number } = {},
): number {
  return Math.max(floor, Math.ceil(factor * referenceTicks))
}

/** "2.1 M ops", "350 k ops", "< 10 k ops" for a cost in ticks. */
export function formatOps(ticks: number): string {
  if (ticks <= 0) return `< ${OPS_PER_TICK / 1000} k ops`
  const ops = ticks * OPS_PER_TICK
  if (ops < 1_000_000) return `${Math.round(ops / 1000)} k ops`
  if (ops < 100_000_000) return `${(ops / 1_000_000).toFixed(1)} M ops`
  return `${Math.round(ops / 1_000_000).toLocaleString('en-US')} M ops`
}

/** "1.4× reference": a cost relative to the reference solution's (both in ticks). */
export function formatRelativeCost(ticks: number, referenceTicks: number): string {
  const ratio = ticks / Math.max(1, referenceTicks)
  const shown = ratio >= 10 ? Math.round(ratio).toString() : ratio.toFixed(1)
  return `${shown}× reference`
}

/**
 * The seed for a generated test: FNV-1a of "slug#id", so the same problem and test id give the same
 * input on every machine, and renaming nothing else changes it.
 */
export function seedForTest(slug: string, testId: number): number {
  let hash = 0x811c9dc5
  for (const char of `${slug}#${testId}`) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}
