import { at, describeOp, list, plural, show } from '../format'
import { type Anomaly, type HistoryOp } from '../types'
import { type Workload } from './workload'

/**
 * Grow-only (deltas ≥ 0) and PN counters (any sign): `add {delta}` and `read → {value}`. Every final
 * read must equal the sum of acknowledged adds plus some subset of the indefinite ones, and all final
 * reads must agree. Reads during the run only have to lie between what could have been added by then.
 */
export function counterWorkload(flavour: 'g-counter' | 'pn-counter'): Workload {
  return {
    generate(_client, rng) {
      if (rng.chance(0.5)) {
        const delta = flavour === 'g-counter' ? rng.int(0, 5) : rng.int(-5, 5)
        return { f: 'add', body: { type: 'add', delta } }
      }
      return { f: 'read', body: { type: 'read' } }
    },
    finalOps: (nodeIds) => nodeIds.map((node) => ({ node, f: 'read', body: { type: 'read' } })),
    check(history) {
      const anomalies: Anomaly[] = []
      const adds = history.filter((op) => op.f === 'add')
      const acknowledged = adds.filter((op) => op.status === 'ok')
      const indefinite = adds.filter((op) => op.status === 'info')
      const okSum = acknowledged.reduce((sum, op) => sum + (op.request.delta as number), 0)
      const possible = subsetSums(indefinite.map((op) => op.request.delta as number))
      const malformed: HistoryOp[] = []
      const reads: Array<{ op: HistoryOp; value: number }> = []
      for (const op of history) {
        if (op.f !== 'read' || op.status !== 'ok') continue
        const value = op.response?.value
        if (typeof value !== 'number' || !Number.isInteger(value)) malformed.push(op)
        else reads.push({ op, value })
      }
      if (malformed.length > 0) {
        anomalies.push({
          kind: 'malformed',
          message: `${plural(malformed.length, 'read reply', 'read replies')} did not hold an integer "value"; ${describeOp(malformed[0]!)} got ${show(malformed[0]!.response)}.`,
          ops: malformed.slice(0, 20).map((op) => op.index),
        })
      }

      // Reads during the run: between the negative and positive deltas of every add invoked by then.
      const byInvoke = [...adds].sort((a, b) => a.invoke - b.invoke)
      const outOfRange: Array<{ op: HistoryOp; value: number; lo: number; hi: number }> = []
      for (const { op, value } of reads) {
        if (op.final) continue
        let lo = 0
        let hi = 0
        for (const add of byInvoke) {
          if (add.invoke > op.complete!) break
          if (add.status === 'fail') continue
          const delta = add.request.delta as number
          if (delta < 0) lo += delta
          else hi += delta
        }
        if (value < lo || value > hi) outOfRange.push({ op, value, lo, hi })
      }
      if (outOfRange.length > 0) {
        const { op, value, lo, hi } = outOfRange[0]!
        anomalies.push({
          kind: 'impossible-read',
          message: `${describeOp(op)} returned ${value}, but the adds invoked by then could only make the counter ${lo}–${hi}.`,
          ops: [op.index],
        })
      }

      const finals = reads.filter(({ op }) => op.final)
      const unanswered = history.filter((op) => op.final && op.status !== 'ok')
      if (unanswered.length > 0) {
        anomalies.push({
          kind: 'final-read-failed',
          message: `The final ${unanswered.length === 1 ? 'read' : 'reads'} on ${list(unanswered.map((op) => op.node))} got no usable answer after recovery.`,
          ops: unanswered.map((op) => op.index),
        })
      }
      const acceptable = (value: number) => possible.has(value - okSum)
      const wrong = finals.filter(({ value }) => !acceptable(value))
      if (wrong.length > 0) {
        const { op, value } = wrong[0]!
        const range =
          indefinite.length === 0
            ? `exactly ${okSum}`
            : `${okSum + Math.min(...possible)}–${okSum + Math.max(...possible)} (${okSum} acknowledged, plus ${indefinite.length === 1 ? 'the indefinite add or not' : `any of the ${indefinite.length} indefinite adds`})`
        const missingBy = okSum - value
        const hint =
          missingBy > 0 && indefinite.length === 0
            ? ` It is short by ${missingBy}: either updates were lost (a read-modify-write without cas drops one of two concurrent updates) or the read was stale (seq-kv may answer from an older version).`
            : ''
        anomalies.push({
          kind: 'wrong-total',
          message: `The final read on ${op.node} (${at(op.invoke)}) returned ${value}, but ${plural(acknowledged.length, 'acknowledged add')} ${acknowledged.length === 1 ? 'sums' : 'sum'} to ${okSum}, so it had to be ${range}.${hint}`,
          ops: [op.index],
        })
      }
      const values = [...new Set(finals.map(({ value }) => value))]
      if (values.length > 1 && wrong.length === 0) {
        anomalies.push({
          kind: 'disagreement',
          message: `The final reads disagree after recovery: ${list(finals.map(({ op, value }) => `${op.node} read ${value}`))}; every node must converge on the same total.`,
          ops: finals.map(({ op }) => op.index),
        })
      }
      return {
        anomalies,
        summary: `Every final read returned ${values.length === 1 ? values[0] : 'the total'}: the ${plural(acknowledged.length, 'acknowledged add')} (sum ${okSum})${indefinite.length > 0 ? ` plus some of the ${plural(indefinite.length, 'indefinite add')}` : ''}.`,
      }
    },
  }
}

/** Every sum of a subset of `deltas` (including the empty one). Deltas are small, so this stays small. */
export function subsetSums(deltas: readonly number[]): Set<number> {
  let sums = new Set<number>([0])
  for (const delta of deltas) {
    if (delta === 0) continue
    const next = new Set(sums)
    for (const sum of sums) next.add(sum + delta)
    sums = next
  }
  return sums
}
