import { byNodeId, makeTopology } from '../network'
import { at, describeOp, list, plural, show } from '../format'
import { type Anomaly, type HistoryOp, type WorkloadConfig } from '../types'
import { faultsDuring, type Workload } from './workload'

/**
 * Broadcast (Maelstrom's `broadcast`: broadcast / read `messages`) and g-set (`add` / read `value`):
 * a grow-only set. Reads during the run may be stale. After recovery every node is read: an element
 * known to be in the set (acknowledged, or seen by any read) that no final read contains is lost; one
 * that only some final reads contain never reached every node. Both fail the run.
 */
export function setWorkload(config: WorkloadConfig, flavour: 'broadcast' | 'g-set'): Workload {
  const names =
    flavour === 'broadcast'
      ? { add: 'broadcast', element: 'message', read: 'messages' }
      : { add: 'add', element: 'element', read: 'value' }
  let next = 0
  return {
    setup(nodeIds) {
      if (flavour !== 'broadcast') return []
      const topology = makeTopology(config.topology, nodeIds)
      return nodeIds.map((dest) => ({ dest, body: { type: 'topology', topology } }))
    },
    generate(_client, rng) {
      if (rng.chance(0.5)) {
        const element = next++
        return { f: names.add, body: { type: names.add, [names.element]: element } }
      }
      return { f: 'read', body: { type: 'read' } }
    },
    finalOps: (nodeIds) => nodeIds.map((node) => ({ node, f: 'read', body: { type: 'read' } })),
    check(history, context) {
      const anomalies: Anomaly[] = []
      const adds = new Map<number, HistoryOp>()
      const reads: Array<{ op: HistoryOp; seen: Set<number> }> = []
      const malformed: HistoryOp[] = []
      const unexpected = new Map<number, HistoryOp>()
      for (const op of history) {
        if (op.f === names.add) adds.set(op.request[names.element] as number, op)
      }
      for (const op of history) {
        if (op.f !== 'read' || op.status !== 'ok') continue
        const value = op.response?.[names.read]
        if (!Array.isArray(value) || !value.every((item) => typeof item === 'number')) {
          malformed.push(op)
          continue
        }
        const seen = new Set(value as number[])
        reads.push({ op, seen })
        for (const element of seen)
          if (!adds.has(element) && !unexpected.has(element)) unexpected.set(element, op)
      }
      if (malformed.length > 0) {
        const first = malformed[0]!
        anomalies.push({
          kind: 'malformed',
          message: `${plural(malformed.length, 'read reply', 'read replies')} did not hold a list of numbers in "${names.read}"; ${describeOp(first)} got ${show(first.response)}${typeOfHint(first.response?.[names.read], names.read)}.`,
          ops: malformed.slice(0, 20).map((op) => op.index),
        })
      }
      if (unexpected.size > 0) {
        const [element, op] = [...unexpected.entries()][0]!
        anomalies.push({
          kind: 'unexpected',
          message: `Reads returned ${plural(unexpected.size, 'element')} that no client ever added, such as ${element} in ${describeOp(op)}.`,
          ops: [op.index],
        })
      }

      const known = new Set<number>()
      for (const [element, op] of adds) if (op.status === 'ok') known.add(element)
      for (const { seen } of reads)
        for (const element of seen) if (adds.has(element)) known.add(element)

      const finals = reads.filter(({ op }) => op.final)
      const unanswered = history.filter((op) => op.final && op.status !== 'ok')
      if (unanswered.length > 0) {
        anomalies.push({
          kind: 'final-read-failed',
          message: `The final ${unanswered.length === 1 ? 'read' : 'reads'} on ${list(unanswered.map((op) => op.node))} got no usable answer, so what ${unanswered.length === 1 ? 'that node holds' : 'those nodes hold'} after recovery is unknown; every node must answer reads once the network has healed.`,
          ops: unanswered.map((op) => op.index),
        })
      }
      const lost: number[] = []
      const partial: Array<{ element: number; missing: string[]; present: string[] }> = []
      if (finals.length > 0) {
        for (const element of [...known].sort((a, b) => a - b)) {
          const missing = finals.filter(({ seen }) => !seen.has(element)).map(({ op }) => op.node)
          if (missing.length === finals.length) lost.push(element)
          else if (missing.length > 0)
            partial.push({
              element,
              missing,
              present: finals.filter(({ seen }) => seen.has(element)).map(({ op }) => op.node),
            })
        }
      }
      const finalNodes = list(finals.map(({ op }) => op.node).sort(byNodeId))
      const finalTime = finals.length > 0 ? at(Math.min(...finals.map(({ op }) => op.invoke))) : ''
      if (lost.length > 0) {
        const first = lost[0]!
        const add = adds.get(first)!
        const acked =
          add.status === 'ok'
            ? `(acknowledged at ${at(add.complete!)})`
            : `(never acknowledged, but a read saw it)`
        const context_ = faultsDuring(context.faults, add.invoke, add.complete ?? add.invoke)
        anomalies.push({
          kind: 'lost',
          message:
            `${lost.length === 1 ? 'Element' : `${plural(lost.length, 'element')} were lost: ${list(lost.map(String), 12)}. Element`} ${first} was lost: ${add.client} sent it to ${add.node} at ${at(add.invoke)} ${acked}${context_}, ` +
            (finals.length === 1
              ? `and the final read (${finalNodes}, at ${finalTime}) did not contain it.`
              : `and none of the ${plural(finals.length, 'final read')} (${finalNodes}, from ${finalTime}) contained it.`),
          ops: [add.index, ...finals.map(({ op }) => op.index)],
        })
      }
      if (partial.length > 0) {
        const first = partial[0]!
        const add = adds.get(first.element)!
        anomalies.push({
          kind: 'not-propagated',
          message:
            `${partial.length === 1 ? 'Element' : `${plural(partial.length, 'element')} did not reach every node, such as element`} ${first.element}${partial.length === 1 ? ' did not reach every node' : ''}: ` +
            `the final ${first.missing.length === 1 ? 'read' : 'reads'} on ${list(first.missing)} missed it, while ${list(first.present)} had it ` +
            `(${add.client} sent it to ${add.node} at ${at(add.invoke)}${faultsDuring(context.faults, add.invoke, add.complete ?? add.invoke)}).`,
          ops: [add.index, ...finals.map(({ op }) => op.index)],
        })
      }

      const stableLatencies = stable(adds, reads, [
        ...lost,
        ...partial.map(({ element }) => element),
      ])
      return {
        anomalies,
        stableLatencies,
        summary: `All ${plural(known.size, 'element')} reached every node's final read; none was lost.`,
      }
    },
  }
}

function typeOfHint(value: unknown, field: string): string {
  if (value === undefined) return ` (the field "${field}" is missing)`
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return ' (a Set or Map becomes {} in JSON: send [...set])'
  return ''
}

/**
 * Per element: from its add's invocation until the last read (invoked after the add) that missed it,
 * taking the middle of that read as the moment it looked; 0 when no later read missed it. Elements
 * that never reached every node have none.
 */
function stable(
  adds: Map<number, HistoryOp>,
  reads: Array<{ op: HistoryOp; seen: Set<number> }>,
  excluded: number[],
): number[] {
  const skip = new Set(excluded)
  const latencies: number[] = []
  for (const [element, add] of adds) {
    if (skip.has(element) || add.status === 'fail') continue
    let lastAbsent = -Infinity
    for (const { op, seen } of reads) {
      if (op.invoke < add.invoke || seen.has(element)) continue
      lastAbsent = Math.max(lastAbsent, (op.invoke + op.complete!) / 2)
    }
    latencies.push(lastAbsent === -Infinity ? 0 : Math.max(0, lastAbsent - add.invoke))
  }
  return latencies
}
