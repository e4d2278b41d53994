import { beforeAll, describe, expect, it } from 'vitest'
import {
  fingerprintResult,
  firstSentence,
  interruptedSimResult,
  judgeVerdictOf,
  resultForStorage,
} from './results'
import { createSimulator, type Simulator } from './simulation'
import { type SimResult, type WorkloadInput } from './types'

let simulator: Simulator
beforeAll(async () => {
  simulator = await createSimulator()
})

const flood = `
export function main(node) {
  const seen = new Set()
  node.on('topology', (msg) => node.reply(msg, { type: 'topology_ok' }))
  const spread = (message) => {
    if (seen.has(message)) return
    seen.add(message)
    for (const peer of node.nodeIds) if (peer !== node.id) node.send(peer, { type: 'gossip', message })
  }
  node.on('broadcast', (msg) => { spread(msg.body.message); node.reply(msg, { type: 'broadcast_ok' }) })
  node.on('gossip', (msg) => spread(msg.body.message))
  node.on('read', (msg) => node.reply(msg, { type: 'read_ok', messages: [...seen] }))
}`
const workload: WorkloadInput = { workload: 'broadcast', nodeCount: 5, durationMs: 3_000, rate: 50 }
const run = (seed: number): SimResult =>
  simulator.run({
    code: flood,
    language: 'javascript',
    workload,
    seed,
    limits: { wallMs: 120_000 },
  })

describe('fingerprints', () => {
  it('are equal for the same code and seed and differ for another seed, whatever the wall time', () => {
    const first = run(1)
    const again = { ...run(1), wallMs: first.wallMs + 1234 }
    expect(first.verdict).toBe('passed')
    expect(fingerprintResult(again)).toBe(fingerprintResult(first))
    expect(fingerprintResult(run(2))).not.toBe(fingerprintResult(first))
    expect(fingerprintResult(first)).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('the stored form of a result', () => {
  it('keeps a small result whole, with its fingerprint', () => {
    const result = run(1)
    const stored = resultForStorage(result)
    expect(stored.cut).toBeUndefined()
    expect(stored.trace).toEqual(result.trace)
    expect(stored.fingerprint).toBe(fingerprintResult(result))
  })

  it('cuts a large trace to its first messages, keeps the events up to them, and says so', () => {
    const result = run(1)
    const maxChars = Math.floor(JSON.stringify(result).length / 2)
    const stored = resultForStorage(result, { maxChars })
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(maxChars)
    const kept = stored.trace.messages.length
    expect(kept).toBeGreaterThan(0)
    expect(kept).toBeLessThan(result.trace.messages.length)
    expect(stored.trace.messages).toEqual(result.trace.messages.slice(0, kept))
    expect(stored.cut!.messages).toEqual({ kept, total: result.trace.messages.length })
    const last = stored.trace.messages[kept - 1]!
    expect(
      stored.trace.events.every((event) => event.t <= Math.max(last.sent, last.recv ?? 0)),
    ).toBe(true)
    // The fingerprint is still the whole run's, so a replay can prove it matched.
    expect(stored.fingerprint).toBe(fingerprintResult(result))
    expect(stored.verdict).toBe(result.verdict)
    expect(stored.stats).toEqual(result.stats)
  })
})

describe('verdict words', () => {
  it("maps the simulator's verdicts to the judge's, telling a compile error from a node's error", () => {
    expect(judgeVerdictOf({ verdict: 'passed' })).toBe('accepted')
    expect(judgeVerdictOf({ verdict: 'failed' })).toBe('wrong_answer')
    expect(judgeVerdictOf({ verdict: 'limit' })).toBe('time_limit')
    expect(judgeVerdictOf({ verdict: 'error', error: { message: 'x', node: 'n1' } })).toBe(
      'runtime_error',
    )
    expect(judgeVerdictOf({ verdict: 'error' })).toBe('runtime_error')
    const compile = simulator.run({ code: 'export function main(node) {', workload, seed: 1 })
    expect(compile.verdict).toBe('error')
    expect(judgeVerdictOf(compile)).toBe('compile_error')
  })

  it('takes the first sentence of an explanation for the submission message', () => {
    expect(
      firstSentence({
        explanation: ['88 elements were lost: 0, 1. Element 0 was lost: c1 sent it.'],
      }),
    ).toBe('88 elements were lost: 0, 1.')
    expect(
      firstSentence({ explanation: ['Messages per operation were 27.48, over the limit.'] }),
    ).toBe('Messages per operation were 27.48, over the limit.')
    expect(firstSentence({ explanation: [] })).toBe('')
  })

  it('describes a run its worker had to stop as a limit, and a crashed worker as an error', () => {
    const request = { seed: 4 }
    const timeout = interruptedSimResult({
      request,
      workload: 'echo',
      why: 'timeout',
      wallMs: 11_000,
      limitMs: 10_000,
    })
    expect(timeout.verdict).toBe('limit')
    expect(timeout.seed).toBe(4)
    expect(timeout.explanation[0]).toMatch(/wall-clock limit of 10\.0 s/)
    expect(
      interruptedSimResult({ request, workload: 'echo', why: 'crash', wallMs: 5, limitMs: 10_000 })
        .verdict,
    ).toBe('error')
  })
})
