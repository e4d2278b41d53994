import { checkRegister, type RegisterOp } from '../checkers/linearizable'
import { describeOp, list, plural, show } from '../format'
import { type Anomaly, type HistoryOp, type WorkloadConfig } from '../types'
import { faultsDuring, type Workload } from './workload'

/**
 * A linearizable key-value store (Maelstrom's lin-kv workload): read / write / cas on a few integer
 * keys, each checked as an independent register. Written values are unique, so every read names the
 * write it saw, and an indefinite write nobody observed can be set aside.
 */
export function linKvWorkload(config: WorkloadConfig): Workload {
  const keys = Array.from({ length: config.keys }, (_, i) => i)
  const lastSeen: Array<Map<number, unknown>> = []
  let next = 0
  const seen = (client: number) => (lastSeen[client] ??= new Map())
  return {
    generate(client, rng) {
      const key = rng.pick(keys)
      const r = rng.next()
      const known = seen(client)
      if (r < 1 / 3) return { f: 'read', body: { type: 'read', key } }
      if (r < 2 / 3 || !known.has(key))
        return { f: 'write', body: { type: 'write', key, value: ++next } }
      return { f: 'cas', body: { type: 'cas', key, from: known.get(key), to: ++next } }
    },
    completed(client, op) {
      const known = seen(client)
      const key = op.request.key as number
      if (op.status === 'ok') {
        if (op.f === 'read') known.set(key, op.response?.value)
        else if (op.f === 'write') known.set(key, op.request.value)
        else known.set(key, op.request.to)
      } else {
        known.delete(key)
      }
    },
    finalOps: (nodeIds) =>
      nodeIds.flatMap((node) =>
        keys.map((key) => ({ node, f: 'read', body: { type: 'read', key } })),
      ),
    check(history, context) {
      const anomalies: Anomaly[] = []
      const malformed = history.filter(
        (op) => op.f === 'read' && op.status === 'ok' && !(op.response && 'value' in op.response),
      )
      if (malformed.length > 0)
        anomalies.push({
          kind: 'malformed',
          message: `${plural(malformed.length, 'read_ok reply', 'read_ok replies')} had no "value"; ${describeOp(malformed[0]!)} got ${show(malformed[0]!.response)}.`,
          ops: malformed.slice(0, 20).map((op) => op.index),
        })
      let undecided = 0
      let checked = 0
      for (const key of keys) {
        const ops = registerOps(history, key)
        checked += ops.length
        const result = checkRegister(ops)
        if (result.ok === 'unknown') undecided++
        if (result.ok !== false) continue
        anomalies.push(explain(key, result.stuck, result.states, history, ops, context.faults))
      }
      const summary =
        undecided > 0
          ? `No violation was found, but ${plural(undecided, 'key was', 'keys were')} too complex to check completely.`
          : `The ${plural(checked, 'operation')} on ${plural(keys.length, 'key')} are linearizable.`
      return { anomalies, summary }
    },
  }
}

const text = (value: unknown) => JSON.stringify(value ?? null)

/** The history of one key as register operations; reads of a missing key (error 20) read null. */
function registerOps(history: readonly HistoryOp[], key: number): RegisterOp[] {
  const ops: RegisterOp[] = []
  for (const op of history) {
    if (op.request.key !== key) continue
    const complete = op.status === 'ok' ? op.complete! : Infinity
    if (op.f === 'read') {
      if (op.status === 'ok' && op.response && 'value' in op.response)
        ops.push({
          id: op.index,
          kind: 'read',
          value: text(op.response.value),
          invoke: op.invoke,
          complete,
        })
      else if (op.status === 'fail' && op.response?.code === 20)
        ops.push({
          id: op.index,
          kind: 'read',
          value: null,
          invoke: op.invoke,
          complete: op.complete!,
        })
    } else if (op.status !== 'fail') {
      if (op.f === 'write')
        ops.push({
          id: op.index,
          kind: 'write',
          value: text(op.request.value),
          invoke: op.invoke,
          complete,
        })
      else if (op.f === 'cas')
        ops.push({
          id: op.index,
          kind: 'cas',
          from: text(op.request.from),
          to: text(op.request.to),
          invoke: op.invoke,
          complete,
        })
    }
  }
  return ops
}

function explain(
  key: number,
  stuck: RegisterOp,
  states: Array<string | null>,
  history: readonly HistoryOp[],
  ops: readonly RegisterOp[],
  faults: Parameters<typeof faultsDuring>[0],
): Anomaly {
  const op = history[stuck.id]!
  const writerOf = (value: string | null): RegisterOp | undefined =>
    value === null
      ? undefined
      : ops.find(
          (candidate) =>
            (candidate.kind === 'write' && candidate.value === value) ||
            (candidate.kind === 'cas' && candidate.to === value),
        )
  const name = (register: RegisterOp) => {
    const what =
      register.kind === 'write'
        ? `write of ${register.value}`
        : register.kind === 'cas'
          ? `cas from ${register.from} to ${register.to}`
          : 'read'
    return describeOp(history[register.id]!, what)
  }
  const holding = list(
    states.slice(0, 4).map((value) => {
      if (value === null) return 'nothing (the key did not exist yet)'
      const writer = writerOf(value)
      return writer ? `${value}, written by ${name(writer)}` : value
    }),
    4,
    'or',
  )
  const observed = stuck.kind === 'read' ? (stuck.value ?? null) : (stuck.from ?? null)
  const source = writerOf(observed)
  const claim =
    stuck.kind === 'read'
      ? `returned ${observed === null ? 'that the key does not exist' : observed}`
      : `succeeded, so the register held ${observed}`
  const refused =
    observed === null || source
      ? undefined
      : history.find(
          (other) =>
            other.status === 'fail' &&
            other.request.key === key &&
            ((other.f === 'write' && text(other.request.value) === observed) ||
              (other.f === 'cas' && text(other.request.to) === observed)),
        )
  const origin =
    observed === null
      ? ''
      : source
        ? ` ${observed} was written by ${name(source)}.`
        : refused
          ? ` Only ${describeOp(refused, refused.f === 'write' ? `write of ${observed}` : `cas to ${observed}`)} wrote ${observed}, and it was answered with a definite error (code ${String(refused.response?.code)}), which promises it never happened. Answer a request whose outcome you do not know as indefinite (code 0 or 13) instead.`
          : ` No operation ever wrote ${observed}.`
  const during = faultsDuring(faults, op.invoke, op.complete ?? op.invoke)
  // Operations that matter: the stuck one, the writes of what it could and did see, and the
  // operations running at the same time (indefinite ones only if they write one of those values).
  const relevant = new Set<string | null>([...states, observed])
  const concurrent = ops.filter(
    (other) =>
      other !== stuck &&
      other.invoke <= stuck.complete &&
      other.complete >= stuck.invoke &&
      (Number.isFinite(other.complete) ||
        relevant.has(other.kind === 'write' ? (other.value ?? null) : (other.to ?? null))),
  )
  const involved = [
    ...new Set([
      stuck,
      ...states.map(writerOf).filter((writer): writer is RegisterOp => !!writer),
      ...(source ? [source] : []),
      ...concurrent,
    ]),
  ]
  return {
    kind: 'not-linearizable',
    message:
      `Key ${key} is not linearizable: ${name(stuck)} ${claim}, but by then the register could only hold ${holding}.${origin}` +
      `${during ? ` This happened${during}.` : ''}` +
      ` The operations involved: ${list(involved.map(name), 6)}.`,
    ops: [...involved.map((register) => register.id), ...(refused ? [refused.index] : [])],
  }
}
