import { describeOp, list, plural, show } from '../format'
import { type Anomaly, type HistoryOp, type WorkloadConfig } from '../types'
import { faultsDuring, type Workload } from './workload'

interface ClientLog {
  /** Next offset to poll from, per key. */
  position: Map<string, number>
  /** Last offset this client polled, per key (what it commits). */
  polled: Map<string, number>
}

interface Sighting {
  msg: unknown
  op: HistoryOp
}

/**
 * A Kafka-style log (Gossip Glomers' kafka): `send {key, msg} → {offset}`, `poll {offsets} → {msgs}`,
 * `commit_offsets {offsets}`, `list_committed_offsets {keys} → {offsets}`. The checker looks for one
 * offset holding two messages, a message at two offsets, polls that go backwards or skip an
 * acknowledged message, sends acknowledged with an offset below one acknowledged earlier, committed
 * offsets that go back, and acknowledged messages no final poll returns (lost writes).
 */
export function kafkaWorkload(config: WorkloadConfig): Workload {
  const keys = Array.from({ length: config.keys }, (_, i) => `k${i + 1}`)
  const clients: ClientLog[] = []
  let next = 0
  const clientLog = (client: number) =>
    (clients[client] ??= { position: new Map(), polled: new Map() })
  return {
    generate(client, rng) {
      const log = clientLog(client)
      const r = rng.next()
      if (r < 0.5) {
        return { f: 'send', body: { type: 'send', key: rng.pick(keys), msg: ++next } }
      }
      if (r < 0.8) {
        const chosen = rng.shuffled(keys).slice(0, Math.min(keys.length, rng.int(1, 2)))
        const offsets: Record<string, number> = {}
        for (const key of chosen.sort()) offsets[key] = log.position.get(key) ?? 0
        return { f: 'poll', body: { type: 'poll', offsets } }
      }
      if (r < 0.9 && log.polled.size > 0) {
        const offsets: Record<string, number> = {}
        for (const key of keys) if (log.polled.has(key)) offsets[key] = log.polled.get(key)!
        return { f: 'commit_offsets', body: { type: 'commit_offsets', offsets } }
      }
      const chosen = rng.shuffled(keys).slice(0, rng.int(1, keys.length)).sort()
      return {
        f: 'list_committed_offsets',
        body: { type: 'list_committed_offsets', keys: chosen },
      }
    },
    completed(client, op) {
      if (op.f !== 'poll' || op.status !== 'ok') return
      const log = clientLog(client)
      const msgs = op.response?.msgs as Record<string, unknown> | undefined
      if (!msgs || typeof msgs !== 'object') return
      for (const key of Object.keys(op.request.offsets as object)) {
        const entries = msgs[key]
        if (!Array.isArray(entries) || entries.length === 0) continue
        const last = entries[entries.length - 1]
        if (!Array.isArray(last) || !Number.isInteger(last[0])) continue
        log.position.set(key, (last[0] as number) + 1)
        log.polled.set(key, last[0] as number)
      }
    },
    finalOps: (nodeIds) =>
      nodeIds.map((node) => ({
        node,
        f: 'poll',
        body: { type: 'poll', offsets: Object.fromEntries(keys.map((key) => [key, 0])) },
      })),
    check(history, context) {
      return checkLog(history, context.faults)
    },
  }
}

function checkLog(
  history: readonly HistoryOp[],
  faults: Parameters<typeof faultsDuring>[0],
): ReturnType<Workload['check']> {
  const anomalies: Anomaly[] = []
  const malformed: HistoryOp[] = []
  const atOffset = new Map<string, Map<number, Sighting>>()
  const offsetsOf = new Map<string, Map<string, Set<number>>>()
  const conflicts: Array<{ key: string; offset: number; a: Sighting; b: Sighting }> = []
  const see = (key: string, offset: number, msg: unknown, op: HistoryOp) => {
    let slots = atOffset.get(key)
    if (!slots) atOffset.set(key, (slots = new Map()))
    const earlier = slots.get(offset)
    if (!earlier) slots.set(offset, { msg, op })
    else if (JSON.stringify(earlier.msg) !== JSON.stringify(msg))
      conflicts.push({ key, offset, a: earlier, b: { msg, op } })
    let places = offsetsOf.get(key)
    if (!places) offsetsOf.set(key, (places = new Map()))
    const id = JSON.stringify(msg)
    const set = places.get(id) ?? new Set<number>()
    set.add(offset)
    places.set(id, set)
  }

  const sends = history.filter((op) => op.f === 'send' && op.status === 'ok')
  const acked: Array<{ op: HistoryOp; key: string; offset: number; msg: unknown }> = []
  for (const op of sends) {
    const offset = op.response?.offset
    if (!Number.isInteger(offset) || (offset as number) < 0) {
      malformed.push(op)
      continue
    }
    const key = op.request.key as string
    acked.push({ op, key, offset: offset as number, msg: op.request.msg })
    see(key, offset as number, op.request.msg, op)
  }

  const polls: Array<{ op: HistoryOp; lists: Map<string, Array<[number, unknown]>> }> = []
  for (const op of history) {
    if (op.f !== 'poll' || op.status !== 'ok') continue
    const msgs = op.response?.msgs
    if (msgs === null || typeof msgs !== 'object' || Array.isArray(msgs)) {
      malformed.push(op)
      continue
    }
    const lists = new Map<string, Array<[number, unknown]>>()
    let bad = false
    for (const key of Object.keys(op.request.offsets as object)) {
      const entries = (msgs as Record<string, unknown>)[key] ?? []
      if (
        !Array.isArray(entries) ||
        !entries.every(
          (entry) =>
            Array.isArray(entry) &&
            entry.length === 2 &&
            Number.isInteger(entry[0]) &&
            (entry[0] as number) >= 0,
        )
      ) {
        bad = true
        break
      }
      lists.set(key, entries as Array<[number, unknown]>)
      for (const [offset, msg] of entries as Array<[number, unknown]>) see(key, offset, msg, op)
    }
    if (bad) malformed.push(op)
    else polls.push({ op, lists })
  }
  if (malformed.length > 0) {
    const first = malformed[0]!
    anomalies.push({
      kind: 'malformed',
      message: `${plural(malformed.length, 'reply', 'replies')} did not have the expected shape (send_ok needs an integer "offset"; poll_ok needs "msgs": {key: [[offset, msg], ...]}); ${describeOp(first)} got ${show(first.response)}.`,
      ops: malformed.slice(0, 20).map((op) => op.index),
    })
  }

  if (conflicts.length > 0) {
    const { key, offset, a, b } = conflicts[0]!
    const source = (sighting: Sighting) =>
      sighting.op.f === 'send'
        ? `${show(sighting.msg)}, acknowledged to ${describeOp(sighting.op, 'send')},`
        : `${show(sighting.msg)}, returned by ${describeOp(sighting.op, 'poll')},`
    anomalies.push({
      kind: 'inconsistent-offsets',
      message: `${plural(conflicts.length, 'offset holds', 'offsets hold')} two different messages. Offset ${offset} of ${key} holds ${source(a)} and ${source(b)} but nodes must agree on one log per key.`,
      ops: [a.op.index, b.op.index],
    })
  }

  const duplicates: Array<{ key: string; msg: string; offsets: number[] }> = []
  for (const [key, places] of offsetsOf)
    for (const [msg, offsets] of places)
      if (offsets.size > 1)
        duplicates.push({ key, msg, offsets: [...offsets].sort((a, b) => a - b) })
  if (duplicates.length > 0) {
    const { key, msg, offsets } = duplicates[0]!
    anomalies.push({
      kind: 'duplicate',
      message: `${plural(duplicates.length, 'message appears', 'messages appear')} at more than one offset; message ${msg} of ${key} is at offsets ${list(offsets.map(String))}.`,
    })
  }

  // Polls: offsets strictly increasing from the requested one, skipping no acknowledged message.
  const ackedByKey = new Map<string, Array<{ op: HistoryOp; offset: number }>>()
  for (const send of acked) {
    const entries = ackedByKey.get(send.key) ?? []
    entries.push({ op: send.op, offset: send.offset })
    ackedByKey.set(send.key, entries)
  }
  const backwards: string[] = []
  const backwardsOps: number[] = []
  const skipped: string[] = []
  const skippedOps: number[] = []
  for (const { op, lists } of polls) {
    for (const [key, entries] of lists) {
      const from = (op.request.offsets as Record<string, number>)[key]!
      let previous = from - 1
      for (const [offset] of entries) {
        if (offset <= previous) {
          backwards.push(
            `${describeOp(op, 'poll')} of ${key} from ${from} returned offset ${offset} after ${previous}`,
          )
          backwardsOps.push(op.index)
          break
        }
        previous = offset
      }
      if (entries.length === 0) continue
      const returned = new Set(entries.map(([offset]) => offset))
      const last = entries[entries.length - 1]![0]
      const gap = (ackedByKey.get(key) ?? []).find(
        (send) =>
          send.op.complete! < op.invoke &&
          send.offset >= from &&
          send.offset < last &&
          !returned.has(send.offset),
      )
      if (gap) {
        skipped.push(
          `${describeOp(op, 'poll')} of ${key} from ${from} returned offsets up to ${last} but not ${gap.offset}, which ${describeOp(gap.op, 'send')} had been acknowledged`,
        )
        skippedOps.push(op.index, gap.op.index)
      }
    }
  }
  if (backwards.length > 0)
    anomalies.push({
      kind: 'nonmonotonic-poll',
      message: `${plural(backwards.length, 'poll')} returned offsets out of order or below the requested one: ${backwards[0]}.`,
      ops: backwardsOps.slice(0, 20),
    })
  if (skipped.length > 0)
    anomalies.push({
      kind: 'skipped',
      message: `${plural(skipped.length, 'poll')} skipped over an acknowledged message: ${skipped[0]}.`,
      ops: skippedOps.slice(0, 20),
    })

  // Sends: one acknowledged before another was invoked must have the lower offset.
  const nonmonotonic: string[] = []
  const nonmonotonicOps: number[] = []
  for (const [, entries] of ackedByKey) {
    const byComplete = [...entries].sort((a, b) => a.op.complete! - b.op.complete!)
    const byInvoke = [...entries].sort((a, b) => a.op.invoke - b.op.invoke)
    let i = 0
    let highest: { op: HistoryOp; offset: number } | undefined
    for (const later of byInvoke) {
      while (i < byComplete.length && byComplete[i]!.op.complete! < later.op.invoke) {
        if (!highest || byComplete[i]!.offset > highest.offset) highest = byComplete[i]
        i++
      }
      if (highest && later.offset <= highest.offset && later.op !== highest.op) {
        nonmonotonic.push(
          `${describeOp(later.op, 'send')} got offset ${later.offset}, but ${describeOp(highest.op, 'send')} had already been given offset ${highest.offset}`,
        )
        nonmonotonicOps.push(later.op.index, highest.op.index)
      }
    }
  }
  if (nonmonotonic.length > 0)
    anomalies.push({
      kind: 'nonmonotonic-send',
      message: `${plural(nonmonotonic.length, 'send')} got an offset below one acknowledged before it began: ${nonmonotonic[0]}.`,
      ops: nonmonotonicOps.slice(0, 20),
    })

  // Committed offsets never go back below a commit acknowledged before the listing began.
  const commits = history.filter((op) => op.f === 'commit_offsets' && op.status === 'ok')
  const regressions: string[] = []
  for (const op of history) {
    if (op.f !== 'list_committed_offsets' || op.status !== 'ok') continue
    const listed = op.response?.offsets as Record<string, unknown> | undefined
    for (const commit of commits) {
      if (commit.complete! >= op.invoke) continue
      for (const [key, offset] of Object.entries(
        commit.request.offsets as Record<string, number>,
      )) {
        const got = listed?.[key]
        if (!((op.request.keys as string[]) ?? []).includes(key)) continue
        if (typeof got !== 'number' || got < offset) {
          regressions.push(
            `${describeOp(op)} returned ${got === undefined ? 'nothing' : show(got)} for ${key}, but ${describeOp(commit, 'commit')} of offset ${offset} had been acknowledged`,
          )
        }
      }
      if (regressions.length > 0) break
    }
    if (regressions.length > 0) break
  }
  if (regressions.length > 0)
    anomalies.push({
      kind: 'committed-offset-regressed',
      message: `Committed offsets went back: ${regressions[0]}.`,
    })

  // Lost writes: acknowledged, yet in no final poll.
  const finals = polls.filter(({ op }) => op.final)
  const unanswered = history.filter((op) => op.final && op.status !== 'ok')
  if (unanswered.length > 0)
    anomalies.push({
      kind: 'final-poll-failed',
      message: `The final ${unanswered.length === 1 ? 'poll' : 'polls'} on ${list(unanswered.map((op) => op.node))} got no usable answer after recovery.`,
      ops: unanswered.map((op) => op.index),
    })
  const lost =
    finals.length === 0
      ? []
      : acked.filter(
          (send) =>
            !finals.some(({ lists }) =>
              (lists.get(send.key) ?? []).some(
                ([offset, msg]) =>
                  offset === send.offset && JSON.stringify(msg) === JSON.stringify(send.msg),
              ),
            ),
        )
  if (lost.length > 0) {
    const first = lost[0]!
    anomalies.push({
      kind: 'lost',
      message: `${plural(lost.length, 'acknowledged message was', 'acknowledged messages were')} lost: message ${show(first.msg)} of ${first.key}, acknowledged at offset ${first.offset} to ${describeOp(first.op, 'send')}${faultsDuring(faults, first.op.invoke, first.op.complete!)}, is in none of the final polls (${list(finals.map(({ op }) => op.node))}).`,
      ops: [first.op.index, ...finals.map(({ op }) => op.index)],
    })
  }
  return {
    anomalies,
    summary: `All ${plural(acked.length, 'acknowledged message')} were found at their offsets in the final polls; offsets were consistent and monotonic.`,
  }
}
