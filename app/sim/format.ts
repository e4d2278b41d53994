import { type HistoryOp, type Quantiles } from './types'

/** A virtual instant, in seconds with millisecond precision: "1.204 s". */
export function at(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`
}

/** A virtual duration: "85 ms", "1.5 s". */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms * 10) / 10} ms`
  return `${Math.round(ms / 100) / 10} s`
}

/** "a", "a and b", "a, b and c"; more than `max` items end with "and N more". */
export function list(items: readonly string[], max = 8, conjunction = 'and'): string {
  if (items.length === 0) return 'none'
  if (items.length > max)
    return `${items.slice(0, max).join(', ')} ${conjunction} ${items.length - max} more`
  if (items.length === 1) return items[0]!
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`
}

/** A JSON value as a candidate would write it, cut to `max` characters. */
export function show(value: unknown, max = 80): string {
  let text: string
  try {
    text = JSON.stringify(value === undefined ? null : value) ?? 'undefined'
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** "c3's read on n2 (1.204–1.236 s)"; indefinite operations say when the client gave up. */
export function describeOp(op: HistoryOp, what = op.f): string {
  const span =
    op.complete === null
      ? `invoked at ${at(op.invoke)}, no answer`
      : `${(op.invoke / 1000).toFixed(3)}–${at(op.complete)}`
  return `${op.client}'s ${what} on ${op.node} (${span})`
}

/** The q-quantile of sorted values (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

export function quantiles(values: readonly number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 1000) / 1000
  return {
    count: sorted.length,
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    p99: round(quantile(sorted, 0.99)),
    max: round(sorted.length > 0 ? sorted[sorted.length - 1]! : 0),
  }
}

/** Micro-seconds (the engine's clock) to ms with µs precision. */
export function toMs(us: number): number {
  return us / 1000
}
