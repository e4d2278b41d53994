import { at, describeOp, plural, show } from '../format'
import { type Anomaly, type HistoryOp } from '../types'
import { type Workload } from './workload'

/** Unique ids: every acknowledged `generate` returns an id no other acknowledged one returned. */
export function uniqueIdsWorkload(): Workload {
  return {
    generate: () => ({ f: 'generate', body: { type: 'generate' } }),
    finalOps: () => [],
    check(history) {
      const anomalies: Anomaly[] = []
      const byId = new Map<string, HistoryOp[]>()
      const missing: HistoryOp[] = []
      for (const op of history) {
        if (op.status !== 'ok') continue
        const id = op.response?.id
        if (id === undefined || id === null || (typeof id === 'object' && !Array.isArray(id))) {
          missing.push(op)
          continue
        }
        const key = JSON.stringify(id)
        const holders = byId.get(key)
        if (holders) holders.push(op)
        else byId.set(key, [op])
      }
      if (missing.length > 0) {
        anomalies.push({
          kind: 'malformed',
          message: `${plural(missing.length, 'generate_ok reply', 'generate_ok replies')} had no usable "id" field (a string or number); the first was ${describeOp(missing[0]!)}, which got ${show(missing[0]!.response)}.`,
          ops: missing.slice(0, 20).map((op) => op.index),
        })
      }
      const duplicated = [...byId.entries()].filter(([, ops]) => ops.length > 1)
      if (duplicated.length > 0) {
        const [id, ops] = duplicated[0]!
        const who = ops
          .slice(0, 3)
          .map((op) => `${op.client} via ${op.node} at ${at(op.complete!)}`)
          .join(', ')
        anomalies.push({
          kind: 'duplicate-id',
          message: `${plural(duplicated.length, 'id was', 'ids were')} handed out more than once. The first: ${id} went to ${who}${ops.length > 3 ? ` and ${ops.length - 3} more` : ''}.`,
          ops: duplicated.slice(0, 10).flatMap(([, dup]) => dup.map((op) => op.index)),
        })
      }
      return {
        anomalies,
        summary: `All ${plural(byId.size, 'acknowledged id')} were distinct.`,
      }
    },
  }
}
