/**
 * What the app does with a `SimResult` beyond running it: the judge's verdict word, a fingerprint that
 * proves a replay matched, the stored form (size-capped) and the result of a run its worker had to kill.
 * Loads no QuickJS code: the pool, the server and the browser page import it freely.
 */
import { type Verdict } from '~/judge/types'
import { type SimRequest, type SimResult, type SimStats, type SimVerdict } from './types'

/** The judge's word for a simulation verdict (a compile error is told apart from a failing node). */
export function judgeVerdictOf(result: Pick<SimResult, 'verdict' | 'error'>): Verdict {
  switch (result.verdict) {
    case 'passed':
      return 'accepted'
    case 'failed':
      return 'wrong_answer'
    case 'limit':
      return 'time_limit'
    case 'error':
      // The simulator reports a compile error without a node; every other error happened on one.
      return result.error && !result.error.node ? 'compile_error' : 'runtime_error'
  }
}

/** The sim verdict a judge word stands for, for `// expect:` headers of wrong solutions. */
export const simVerdictOfExpect = {
  wrong_answer: 'failed',
  time_limit: 'limit',
  runtime_error: 'error',
} as const satisfies Partial<Record<Verdict, SimVerdict>>

/** The first sentence of the explanation: what a submission row shows as its message. */
export function firstSentence(result: Pick<SimResult, 'explanation'>): string {
  const first = result.explanation[0] ?? ''
  const match = /^(.+?[.!?])(\s|$)/s.exec(first)
  return (match ? match[1] : first).trim()
}

/**
 * A 64-bit FNV-1a digest (16 hex digits) of everything a run produced except its wall time. Two runs
 * with the same fingerprint produced the same history, trace, stats and verdict.
 */
export function fingerprintResult(result: SimResult): string {
  const { wallMs: _wallMs, ...stable } = result
  return fnv1a64(JSON.stringify(stable))
}

function fnv1a64(text: string): string {
  // Two 32-bit halves with Math.imul: the same digits in every engine, no BigInt on the hot path.
  let h1 = 0x84222325
  let h2 = 0xcbf29ce4
  for (let i = 0; i < text.length; i++) {
    h1 ^= text.charCodeAt(i)
    // Multiply the 64-bit (h2:h1) by the FNV prime 0x100000001b3 (= 2^40 + 0x1b3).
    const lo = Math.imul(h1, 0x1b3)
    const carry = Math.floor(((h1 >>> 0) * 0x1b3) / 0x100000000)
    const hi = (Math.imul(h2, 0x1b3) + carry + (h1 << 8)) | 0
    h1 = lo | 0
    h2 = hi
  }
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/** A result as the submissions table keeps it: its fingerprint, and what was cut to fit. */
export type StoredSimResult = SimResult & {
  /** `fingerprintResult` of the whole run, taken before anything was cut. */
  fingerprint: string
  /** Present when the stored trace (or history) is shorter than the run's. */
  cut?: {
    messages: { kept: number; total: number }
    events: { kept: number; total: number }
    /** History bodies replaced by `{ type, truncated }` because they were too large. */
    historyBodies: number
  }
  /** Every seed a submission ran, in order (the judge stops at the first that does not pass). */
  runs?: SimRunRecord[]
}

export interface SimRunRecord {
  seed: number
  verdict: SimVerdict
  wallMs: number
}

/** About 2 MB of JSON: a whole trace of any bundled challenge's reference fits; huge failing runs are cut. */
export const STORED_RESULT_CHARS = 2_000_000
const HISTORY_BODY_CHARS = 1_000

/**
 * The form of a result stored with a submission: whole when its JSON is under `maxChars`, else the trace
 * keeps its first messages (and the events up to the last kept message) and says how many it dropped.
 * The fingerprint is always of the whole run, so a replay in the browser can still prove it matched.
 */
export function resultForStorage(
  result: SimResult,
  { maxChars = STORED_RESULT_CHARS }: { maxChars?: number } = {},
): StoredSimResult {
  const fingerprint = fingerprintResult(result)
  const whole = JSON.stringify(result).length
  if (whole <= maxChars) return { ...result, fingerprint }

  let historyBodies = 0
  let history = result.history
  const withoutTrace = { ...result, trace: { ...result.trace, messages: [], events: [] } }
  if (JSON.stringify(withoutTrace).length > maxChars / 2) {
    history = result.history.map((op) => {
      const shrink = <T extends { type: string }>(body: T | undefined) => {
        if (!body || JSON.stringify(body).length <= HISTORY_BODY_CHARS) return body
        historyBodies++
        return { type: body.type, truncated: true } as unknown as T
      }
      return {
        ...op,
        request: shrink(op.request)!,
        ...(op.response ? { response: shrink(op.response) } : {}),
      }
    })
  }
  const rest = JSON.stringify({ ...withoutTrace, history }).length
  const messages = result.trace.messages
  const events = result.trace.events
  const size = (items: unknown[]) => JSON.stringify(items).length
  const budget = Math.max(Math.floor(maxChars / 10), maxChars - rest - 1_000)
  let kept = Math.floor((messages.length * budget) / Math.max(1, size(messages) + size(events)))
  let keptMessages = messages.slice(0, kept)
  let keptEvents = eventsUpTo(events, keptMessages)
  while (kept > 0 && size(keptMessages) + size(keptEvents) > budget) {
    kept = Math.floor(kept * 0.9)
    keptMessages = messages.slice(0, kept)
    keptEvents = eventsUpTo(events, keptMessages)
  }
  return {
    ...result,
    history,
    trace: { ...result.trace, messages: keptMessages, events: keptEvents },
    fingerprint,
    cut: {
      messages: { kept: keptMessages.length, total: messages.length },
      events: { kept: keptEvents.length, total: events.length },
      historyBodies,
    },
  }
}

function eventsUpTo(
  events: SimResult['trace']['events'],
  messages: SimResult['trace']['messages'],
) {
  const last = messages[messages.length - 1]
  if (!last) return events.filter((event) => event.e === 'phase').slice(0, 1)
  const until = Math.max(last.sent, last.recv ?? last.sent)
  return events.filter((event) => event.t <= until)
}

/** The result of a run whose worker had to be stopped from outside (past its wall-clock limit, or crashed). */
export function interruptedSimResult({
  request,
  workload,
  why,
  wallMs,
  limitMs,
  where = 'server',
}: {
  request: Pick<SimRequest, 'seed'>
  workload: SimResult['workload']
  why: 'timeout' | 'crash' | 'memory'
  wallMs: number
  limitMs: number
  /** Who stopped it: the judge pool's watchdog, or the page that started a browser worker. */
  where?: 'server' | 'browser'
}): SimResult {
  const stopped =
    where === 'server' ? 'its judge worker was replaced' : 'the browser stopped its worker'
  const sentence =
    why === 'timeout'
      ? `The run went past its wall-clock limit of ${(limitMs / 1000).toFixed(1)} s inside native code, where the simulator cannot stop it, and ${stopped}. Huge messages or sorting and copying large arrays on every message are the usual cause.`
      : why === 'memory'
        ? 'The run made its judge worker run out of memory, and the worker was replaced. Keep the state each node holds, and the messages it sends, bounded.'
        : 'The run crashed its judge worker, which was replaced. Treat this as a runtime error in your code (deep recursion and huge values are the usual causes).'
  return {
    verdict: why === 'timeout' ? 'limit' : 'error',
    explanation: [sentence],
    seed: request.seed,
    workload,
    anomalies: [],
    stats: emptyStats(),
    history: [],
    trace: { nodes: [], clients: [], services: [], messages: [], events: [] },
    wallMs: Math.round(wallMs),
  }
}

function emptyStats(): SimStats {
  const quantiles = { count: 0, p50: 0, p95: 0, p99: 0, max: 0 }
  return {
    virtualMs: 0,
    ops: { total: 0, ok: 0, fail: 0, info: 0 },
    availability: 0,
    messages: { total: 0, serverToServer: 0, clients: 0, services: 0, dropped: 0 },
    msgsPerOp: 0,
    latency: quantiles,
    ticks: 0,
    timerFirings: 0,
    nodes: [],
  }
}
