import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJudgePool, type JudgePool } from '~/judge/pool.server'
import { WorkloadConfigError } from '~/sim/config'
import { type WorkloadInput } from '~/sim/types'

// Simulations on the judge pool as the server runs them: the worker's own simulator, the watchdog for
// native work the interrupt handler never sees, and a fresh worker afterwards.
let pool: JudgePool
const restarts: string[] = []
beforeAll(() => {
  pool = createJudgePool({
    workers: 1,
    graceMs: 200,
    onWorkerRestart: (reason) => restarts.push(reason),
  })
})
afterAll(async () => {
  await pool?.close()
})

const echo: WorkloadInput = { workload: 'echo', durationMs: 1_000, rate: 20 }
const echoCode = `export function main(node) {
  node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))
}`
// One native sort of two million numbers holds the thread for seconds without reaching the interrupt handler.
const hog = `export function main(node) {
  node.on('echo', (msg) => {
    const a = new Array(2e6).fill(7)
    a.sort(); a.sort(); a.sort(); a.sort()
    node.reply(msg, { type: 'echo_ok', echo: msg.body.echo })
  })
}`

describe('simulations on the judge pool', { timeout: 60_000 }, () => {
  it('runs a simulation and reports it in the stats', async () => {
    const result = await pool.simulate({
      code: echoCode,
      language: 'javascript',
      workload: echo,
      seed: 1,
    })
    expect(result.verdict).toBe('passed')
    expect(pool.stats().simulated).toBe(1)
  })

  it('stops native work past the wall-clock limit with a limit verdict, then starts a fresh worker', async () => {
    const result = await pool.simulate({
      code: hog,
      language: 'javascript',
      workload: echo,
      seed: 1,
      limits: { wallMs: 200, nodeMemoryBytes: 256 * 1024 * 1024 },
    })
    expect(result.verdict).toBe('limit')
    expect(result.seed).toBe(1)
    expect(result.explanation[0]).toMatch(/wall-clock limit/)
    expect(restarts).toContain('timeout')
    const after = await pool.simulate({
      code: echoCode,
      language: 'javascript',
      workload: echo,
      seed: 2,
    })
    expect(after.verdict).toBe('passed')
  })

  it('refuses an invalid workload before it reaches a worker', async () => {
    await expect(
      pool.simulate({ code: echoCode, workload: { workload: 'echo', nodeCount: 0 }, seed: 1 }),
    ).rejects.toBeInstanceOf(WorkloadConfigError)
  })
})
