import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from './simulation'
import { type SimRequest, type SimResult, type TraceEvent, type WorkloadInput } from './types'

let simulator: Simulator
beforeAll(async () => {
  simulator = await createSimulator()
})

// Runs here must not depend on how busy the machine is: the wall-clock backstop is set out of reach.
const run = (request: Omit<SimRequest, 'seed'> & { seed?: number }): SimResult =>
  simulator.run({ seed: 1, ...request, limits: { wallMs: 120_000, ...request.limits } })

/** A file of a bundled challenge (problems/distributed-systems/<slug>/). */
const challenge = (path: string) =>
  readFileSync(new URL(`../../problems/distributed-systems/${path}`, import.meta.url), 'utf8')

const partitionedBroadcast: WorkloadInput = {
  workload: 'broadcast',
  nodeCount: 5,
  durationMs: 8_000,
  recoveryMs: 2_000,
  rate: 20,
  latency: { dist: 'uniform', minMs: 1, maxMs: 10 },
  nemesis: { faults: ['partition'], intervalMs: 1_000, durationMs: 1_500 },
}

describe('determinism', () => {
  it('gives a byte-identical result for the same code and seed, also on a fresh simulator', async () => {
    const request = {
      code: challenge('broadcast-partitions/solution.ts'),
      workload: partitionedBroadcast,
      seed: 7,
    }
    const first = run(request)
    const second = run(request)
    const other = await createSimulator()
    const third = other.run({ ...request, limits: { wallMs: 120_000 } })
    const stable = ({ wallMs: _wallMs, ...rest }: SimResult) => JSON.stringify(rest)
    expect(first.verdict).toBe('passed')
    expect(first.trace.messages.length).toBeGreaterThan(500)
    expect(JSON.stringify(second.trace)).toBe(JSON.stringify(first.trace))
    expect(stable(second)).toBe(stable(first))
    expect(stable(third)).toBe(stable(first))
    expect(JSON.stringify(run({ ...request, seed: 8 }).trace)).not.toBe(JSON.stringify(first.trace))
  })

  it('records every message with virtual send and delivery times, drops and timer firings', () => {
    const result = run({
      code: challenge('broadcast-partitions/solution.ts'),
      workload: partitionedBroadcast,
    })
    const { messages, events } = result.trace
    expect(messages.every((msg) => msg.recv === null || msg.recv >= msg.sent)).toBe(true)
    expect(messages.some((msg) => msg.drop === 'partition' && msg.recv === null)).toBe(true)
    expect(messages.filter((msg) => msg.src === 'sim' && msg.body.type === 'init')).toHaveLength(5)
    expect(events.some((event) => event.e === 'partition')).toBe(true)
    expect(events.some((event) => event.e === 'heal')).toBe(true)
    expect(events.some((event) => event.e === 'timer')).toBe(true)
    expect(events.some((event) => event.e === 'rpc-timeout')).toBe(true)
    expect(
      events
        .filter((event) => event.e === 'phase')
        .map((event) => (event as { phase: string }).phase),
    ).toEqual(['main', 'recovery', 'final', 'end'])
  })
})

describe('checkers through whole runs', () => {
  it('catches a broadcast without retries under partitions', () => {
    const result = run({
      code: challenge('broadcast-partitions/wrong/no-retries.ts'),
      workload: partitionedBroadcast,
    })
    expect(result.verdict).toBe('failed')
    expect(result.anomalies.map((anomaly) => anomaly.kind)).toContain('not-propagated')
    expect(result.explanation[0]).toMatch(
      /did not reach every node.*the final reads? on n\d.* missed it/,
    )
    expect(result.explanation[0]).toMatch(/during the partition/)
    expect(result.seed).toBe(1)
  })

  const register: WorkloadInput = {
    workload: 'lin-kv',
    nodeCount: 3,
    durationMs: 5_000,
    recoveryMs: 1_000,
    rate: 60,
    concurrency: 6,
    keys: 2,
    latency: { dist: 'uniform', minMs: 1, maxMs: 20 },
  }
  const proxyTo = (service: string) => `
    import type { Node, RpcError } from 'drill:sim'
    export function main(node: Node) {
      for (const type of ['read', 'write', 'cas']) {
        node.on(type, async (msg) => {
          try {
            node.reply(msg, await node.rpc('${service}', msg.body))
          } catch (error) {
            const { code, text } = error as RpcError
            node.reply(msg, { type: 'error', code, text })
          }
        })
      }
    }`

  it('finds lin-kv linearizable and seq-kv stale', () => {
    const linear = run({ code: proxyTo('lin-kv'), workload: register })
    expect(linear.verdict).toBe('passed')
    expect(linear.stats.messages.services).toBeGreaterThan(200)
    const sequential = run({ code: proxyTo('seq-kv'), workload: register })
    expect(sequential.verdict).toBe('failed')
    expect(sequential.anomalies[0]!.kind).toBe('not-linearizable')
  })

  it('rejects a register that reads from a stale local copy, naming the operations', () => {
    const code = `
      import type { Node, RpcError } from 'drill:sim'
      export function main(node: Node) {
        const cache = new Map<number, unknown>()
        node.on('read', (msg) => {
          const key = msg.body.key
          if (!cache.has(key)) return node.reply(msg, { type: 'error', code: 20, text: 'not cached' })
          node.reply(msg, { type: 'read_ok', value: cache.get(key) })
        })
        for (const type of ['write', 'cas']) {
          node.on(type, async (msg) => {
            try {
              await node.rpc('lin-kv', msg.body)
              cache.set(msg.body.key, type === 'write' ? msg.body.value : msg.body.to)
              node.reply(msg, { type: type + '_ok' })
            } catch (error) {
              const { code, text } = error as RpcError
              node.reply(msg, { type: 'error', code, text })
            }
          })
        }
      }`
    const result = run({ code, workload: register })
    expect(result.verdict).toBe('failed')
    const anomaly = result.anomalies.find((entry) => entry.kind === 'not-linearizable')!
    expect(anomaly.message).toMatch(
      /^Key \d is not linearizable: c\d+'s (read|cas from \d+ to \d+) on n\d \([\d.]+–[\d.]+ s\) .*could only hold .*The operations involved: /,
    )
    expect(anomaly.ops!.length).toBeGreaterThanOrEqual(2)
    for (const index of anomaly.ops!)
      expect(result.history[index]!.request.key).toBe(result.history[anomaly.ops![0]!]!.request.key)
  })
})

describe('faults', () => {
  it('loses a crashed node’s memory and runs main and init again', () => {
    const code = `
      import type { Node } from 'drill:sim'
      let loads = 0
      export function main(node: Node) {
        loads++
        let served = 0
        node.on('init', () => node.log('init ' + node.id + ' loads=' + loads))
        node.on('echo', (msg) => {
          served++
          node.reply(msg, { type: 'echo_ok', echo: msg.body.echo })
        })
        node.setInterval(() => node.log('served=' + served), 250)
      }`
    const result = run({
      code,
      workload: {
        workload: 'echo',
        nodeCount: 1,
        durationMs: 4_000,
        recoveryMs: 500,
        rate: 50,
        nemesis: { faults: ['crash'], intervalMs: 1_000, durationMs: 500 },
      },
    })
    expect(result.verdict).toBe('passed')
    const events = result.trace.events
    const crash = events.find((event) => event.e === 'crash')!
    const restart = events.find((event) => event.e === 'restart' && event.t > crash.t)!
    expect(restart.t - crash.t).toBe(500)
    const logs = events.filter(
      (event): event is Extract<TraceEvent, { e: 'log' }> => event.e === 'log',
    )
    expect(logs.filter((log) => log.text.startsWith('init')).map((log) => log.text)).toEqual(
      Array(1 + events.filter((event) => event.e === 'restart').length).fill('init n1 loads=1'),
    )
    const served = (log: { text: string }) => Number(log.text.split('=')[1])
    const before = logs.filter((log) => log.text.startsWith('served') && log.t <= crash.t).at(-1)!
    const after = logs.find((log) => log.text.startsWith('served') && log.t > restart.t)!
    expect(served(before)).toBeGreaterThan(served(after))
    // Nothing runs on a crashed node: no timers fire, and messages to it are dropped.
    expect(
      events.some((event) => event.e === 'timer' && event.t > crash.t && event.t < restart.t),
    ).toBe(false)
    expect(result.trace.messages.some((msg) => msg.dest === 'n1' && msg.drop === 'crashed')).toBe(
      true,
    )
    expect(result.stats.ops.info).toBeGreaterThan(0)
    expect(result.stats.nodes[0]!.crashes).toBeGreaterThanOrEqual(1)
  })

  it('holds messages and timers of a paused node until it resumes', () => {
    const code = `
      import type { Node } from 'drill:sim'
      export function main(node: Node) {
        node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))
        node.setInterval(() => {}, 100)
      }`
    const result = run({
      code,
      workload: {
        workload: 'echo',
        nodeCount: 1,
        durationMs: 3_000,
        rate: 20,
        clientTimeoutMs: 5_000,
        nemesis: { faults: ['pause'], intervalMs: 1_000, durationMs: 800 },
      },
    })
    expect(result.verdict).toBe('passed')
    const pause = result.trace.events.find((event) => event.e === 'pause')!
    const resume = result.trace.events.find((event) => event.e === 'resume')!
    expect(
      result.trace.events.some(
        (event) => event.e === 'timer' && event.t > pause.t && event.t < resume.t,
      ),
    ).toBe(false)
    const held = result.trace.messages.filter((msg) => msg.dest === 'n1' && msg.recv === resume.t)
    expect(held.length).toBeGreaterThan(0)
    expect(held.every((msg) => msg.sent < resume.t)).toBe(true)
    expect(result.stats.latency.max).toBeGreaterThan(100)
  })
})

describe('limits and errors are sentences', () => {
  const echo: WorkloadInput = { workload: 'echo', nodeCount: 2, durationMs: 2_000, rate: 20 }
  const gossipLoop = `
    import type { Node } from 'drill:sim'
    export function main(node: Node) {
      node.on('echo', (msg) => {
        for (const peer of node.nodeIds) node.send(peer, { type: 'gossip' })
        node.reply(msg, { type: 'echo_ok', echo: msg.body.echo })
      })
      node.on('gossip', () => {
        for (const peer of node.nodeIds) node.send(peer, { type: 'gossip' })
      })
    }`

  it('stops at the message cap', () => {
    const result = run({ code: gossipLoop, workload: echo, limits: { messages: 2_000 } })
    expect(result.verdict).toBe('limit')
    expect(result.explanation[0]).toMatch(
      /^The nodes sent more than 2,000 messages \(the run's limit\) by [\d.]+ s of virtual time; n\d sent the most \([\d,]+\)\. A gossip loop/,
    )
  })

  it('stops at the tick budget, naming the busiest node', () => {
    const code = `
      export function main(node) {
        node.on('echo', () => { for (;;) {} })
      }`
    const result = run({ code, workload: echo, language: 'javascript', limits: { ticks: 50 } })
    expect(result.verdict).toBe('limit')
    expect(result.explanation[0]).toMatch(
      /^The nodes' code used more than 500 k ops of computation in total \(the run's limit\) by [\d.]+ s of virtual time; n\d used the most .* handling 'echo' from c\d/,
    )
  })

  it('stops at the timer cap', () => {
    const code = `export function main(node) { node.setInterval(() => {}, 1) }`
    const result = run({
      code,
      workload: echo,
      language: 'javascript',
      limits: { timerFirings: 1_000 },
    })
    expect(result.verdict).toBe('limit')
    expect(result.explanation[0]).toMatch(/^The nodes' timers fired more than 1,000 times/)
  })

  it('stops a node that runs out of memory, and the simulator stays usable', () => {
    const code = `
      export function main(node) {
        const hoard = []
        node.on('echo', () => { for (;;) hoard.push({ a: hoard.length, b: [1, 2, 3] }) })
      }`
    const result = run({
      code,
      workload: echo,
      language: 'javascript',
      limits: { nodeMemoryBytes: 2 * 1024 * 1024 },
    })
    expect(result.verdict).toBe('limit')
    expect(result.explanation[0]).toMatch(
      /^n\d ran out of memory \(the limit is 2 MB per node\) while handling 'echo'/,
    )
    expect(simulator.health().poisoned).toBe(false)
    expect(run({ code: challenge('echo/solution.ts'), workload: echo }).verdict).toBe('passed')
  })

  it('reports compile errors and failures to start with the candidate’s line', () => {
    const syntax = run({ code: 'export function main(node) {\n  node.on(\n}', workload: echo })
    expect(syntax.verdict).toBe('error')
    expect(syntax.error?.position?.line).toBe(3)
    const missing = run({ code: 'const x = 1', workload: echo })
    expect(missing.explanation[0]).toMatch(/must define a function named `main`/)
    const init = run({
      code: `import type { Node } from 'drill:sim'\nexport function main(node: Node) {\n  node.on('init', () => {\n    throw new Error('no config')\n  })\n}`,
      workload: echo,
    })
    expect(init.verdict).toBe('error')
    expect(init.explanation[0]).toBe(
      "n1 failed to start: Error: no config (line 4), while handling 'init'.",
    )
    expect(init.error?.position).toEqual({ line: 4, column: expect.any(Number) })
  })

  it('keeps going after a handler throws, and says where', () => {
    const code = `import type { Node } from 'drill:sim'
export function main(node: Node) {
  node.on('echo', (msg) => {
    if (msg.body.echo.endsWith('3')) throw new TypeError('unlucky')
    node.reply(msg, { type: 'echo_ok', echo: msg.body.echo })
  })
}`
    const result = run({ code, workload: echo })
    expect(result.stats.ops.info).toBeGreaterThan(0)
    expect(result.explanation.join(' ')).toMatch(
      /n\d threw TypeError: unlucky \(line 4\) while handling 'echo' from c\d at [\d.]+ s; .*error reply \(code 13\)/,
    )
  })

  it('fails a run over a threshold, saying by how much', () => {
    const result = run({
      code: challenge('broadcast-multi/solution.ts'),
      workload: {
        ...partitionedBroadcast,
        nemesis: undefined,
        thresholds: { msgsPerOp: 1, latency: { max: 5 } },
      },
    })
    expect(result.verdict).toBe('failed')
    expect(result.explanation).toContainEqual(
      expect.stringMatching(
        /^Messages per operation were [\d.]+, over the limit of 1 by [\d.]+ \(\d+%\)/,
      ),
    )
    expect(result.explanation).toContainEqual(
      expect.stringMatching(
        /^The maximum operation latency was [\d.]+ ms, over the limit of 5 ms by [\d.]+ ms\.$/,
      ),
    )
  })
})

describe('other workloads', () => {
  it('runs g-set and pn-counter', () => {
    const gset = `
      import type { Node } from 'drill:sim'
      export function main(node: Node) {
        const elements = new Set<number>()
        node.on('add', (msg) => {
          elements.add(msg.body.element)
          node.reply(msg, { type: 'add_ok' })
        })
        node.on('read', (msg) => node.reply(msg, { type: 'read_ok', value: [...elements] }))
      }`
    const set = run({
      code: gset,
      workload: { workload: 'g-set', nodeCount: 1, durationMs: 3_000, rate: 20 },
    })
    expect(set.verdict).toBe('passed')
    expect(set.history.some((op) => op.f === 'add' && op.status === 'ok')).toBe(true)
    const counter = run({
      code: challenge('g-counter/solution.ts'),
      workload: {
        workload: 'pn-counter',
        nodeCount: 3,
        durationMs: 3_000,
        rate: 50,
        services: ['seq-kv'],
      },
    })
    expect(counter.verdict).toBe('passed')
    expect(counter.history.some((op) => op.f === 'add' && (op.request.delta as number) < 0)).toBe(
      true,
    )
  })

  it('refuses an invalid workload config with the field named', () => {
    expect(() => run({ code: '', workload: { workload: 'echo', nodeCount: 0 } })).toThrow(
      /^Workload config: nodeCount: Number must be greater than or equal to 1\.$/,
    )
  })
})
