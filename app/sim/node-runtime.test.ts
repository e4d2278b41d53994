import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createSimulator, type Simulator } from './simulation'
import { type SimRequest, type WorkloadInput } from './types'

// A node's runtime is built, used and disposed many times a run; a runtime freed while anything still
// holds part of its heap aborts the WASM module ("Aborted(Assertion failed: list_empty(...))").

let simulator: Simulator
const printed: unknown[][] = []
beforeAll(async () => {
  // Spied before the module loads: its stderr is bound to console.error when it is instantiated.
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    printed.push(parts)
  })
  simulator = await createSimulator()
})

const echo: WorkloadInput = { workload: 'echo', nodeCount: 2, durationMs: 2_000, rate: 20 }
const echoing = `export function main(node) { node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo })) }`
const run = (request: Partial<SimRequest>) =>
  simulator.run({
    seed: 1,
    code: echoing,
    language: 'javascript',
    workload: echo,
    ...request,
    limits: { wallMs: 120_000, ...request.limits },
  })

describe('node runtimes', () => {
  it('stop at the tick budget when it runs out while a node starts, and the simulator stays usable', () => {
    // n1's start-up takes the only tick the run may use; n2's start-up crosses the budget.
    const stopped = run({ limits: { ticks: 1 } })
    expect(stopped.verdict).toBe('limit')
    expect(stopped.explanation[0]).toMatch(
      /^The nodes' code used more than 10 k ops .* n2 was loading your code when the limit was reached/,
    )
    expect(simulator.health().poisoned).toBe(false)
    expect(run({}).verdict).toBe('passed')
  })

  it('dispose cleanly after a handler grows the WASM memory from a promise job', () => {
    const code = `export function main(node) {
      node.on('echo', (msg) => {
        Promise.resolve().then(() => {
          const keep = []
          for (let i = 0; i < 200000; i++) keep.push({ i })
          node.reply(msg, { type: 'echo_ok', echo: msg.body.echo, kept: keep.length })
        })
      })
    }`
    const before = simulator.health().memoryBytes
    const result = run({ code, workload: { ...echo, rate: 2 } })
    expect(result.verdict).toBe('passed')
    expect(simulator.health().memoryBytes).toBeGreaterThan(before)
    expect(simulator.health().poisoned).toBe(false)
  })

  it('never abort the WASM module on the way', () => {
    expect(
      printed.filter((parts) => parts.some((part) => String(part).includes('Aborted('))),
    ).toEqual([])
  })
})
