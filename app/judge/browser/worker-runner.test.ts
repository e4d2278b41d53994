import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type SimRequest } from '~/sim/types'
import { type JudgeProblem, type JudgeRequest, type JudgeResult } from '../types'

// The page side of "Run" (judge) and of the simulator's Run/replay, with the browser's Worker, fetch
// and location replaced by fakes. Each test loads the modules afresh: they keep their worker between runs.

class FakeWorker {
  static made: FakeWorker[] = []
  readonly posted: unknown[] = []
  terminated = false
  private readonly listeners = new Map<string, Set<(event: unknown) => void>>()

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this)
  }

  postMessage(message: unknown) {
    this.posted.push(message)
  }

  addEventListener(type: string, listener: (event: unknown) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set())
    this.listeners.get(type)!.add(listener)
  }

  removeEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.get(type)?.delete(listener)
  }

  terminate() {
    this.terminated = true
  }

  reply(data: unknown) {
    for (const listener of [...(this.listeners.get('message') ?? [])]) listener({ data })
  }

  listening(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0)
  }
}

let manifest: { status: number; body: unknown }
const fetched: string[] = []

beforeEach(() => {
  vi.resetModules()
  FakeWorker.made = []
  fetched.length = 0
  manifest = {
    status: 200,
    body: { worker: 'worker-abc.js', sim: 'sim-worker-def.js', wasm: 'quickjs-123.wasm' },
  }
  vi.stubGlobal('Worker', FakeWorker)
  vi.stubGlobal('location', { href: 'https://drill.test/problems/two-sum' })
  vi.stubGlobal(
    'fetch',
    vi.fn((url: URL) => {
      fetched.push(url.href)
      return Promise.resolve(new Response(JSON.stringify(manifest.body), manifest))
    }),
  )
})

afterEach(() => {
  vi.unstubAllGlobals()
})

/** Lets the runner fetch the manifest and post to its worker. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const problem: JudgeProblem = {
  harness: 'function',
  entry: 'double',
  comparator: { kind: 'checker' },
  checker: 'function check() { return true }',
  tests: [
    { id: 1, visible: true, args: [1], expected: 2, timeMs: 100 },
    { id: 2, visible: false, args: [2], expected: 4 },
    { id: 3, visible: true, args: [3], expected: 6, timeMs: 100 },
  ],
}

describe('runInBrowser', () => {
  it('posts only the visible tests, without the checker, to the worker the manifest names', async () => {
    const { runInBrowser } = await import('./run-in-browser')
    const seen: number[] = []
    const running = runInBrowser(
      { code: 'x', language: 'typescript', problem, revealHidden: true },
      { onTest: (test) => seen.push(test.id) },
    )
    await settle()
    expect(fetched).toEqual(['https://drill.test/judge/manifest.json'])
    const [worker] = FakeWorker.made
    expect(worker!.url.href).toBe('https://drill.test/judge/worker-abc.js')
    expect(worker!.options).toEqual({ type: 'module' })
    const message = worker!.posted[0] as { id: number; request: JudgeRequest; wasmUrl: string }
    expect(message.wasmUrl).toBe('https://drill.test/judge/quickjs-123.wasm')
    expect(message.request.revealHidden).toBe(false)
    expect(message.request.problem.checker).toBeUndefined()
    expect(message.request.problem.tests.map((test) => test.id)).toEqual([1, 3])

    const result = { verdict: 'accepted' } as JudgeResult
    worker!.reply({ type: 'result', id: message.id + 1, result: {}, poisoned: false })
    worker!.reply({ type: 'test', id: message.id, index: 0, test: { id: 1 } })
    worker!.reply({ type: 'result', id: message.id, result, poisoned: false })
    await expect(running).resolves.toBe(result)
    expect(seen).toEqual([1])
    expect(worker!.terminated).toBe(false)
    expect(worker!.listening()).toBe(0)

    // The worker and the manifest are kept for the next run.
    void runInBrowser({ code: 'y', language: 'typescript', problem })
    await settle()
    expect(FakeWorker.made).toHaveLength(1)
    expect(fetched).toHaveLength(1)
    expect((worker!.posted[1] as { id: number }).id).toBe(message.id + 1)
  })

  it('stops a run past its limit: finished tests keep their results, the running one timed out', async () => {
    const { runInBrowser } = await import('./run-in-browser')
    const running = runInBrowser({ code: 'x', language: 'typescript', problem }, { timeoutMs: 20 })
    await settle()
    const [worker] = FakeWorker.made
    const { id } = worker!.posted[0] as { id: number }
    worker!.reply({
      type: 'test',
      id,
      index: 0,
      test: { id: 1, status: 'accepted', cost: 1, wallMs: 1, output: '' },
    })
    const result = await running
    expect(result.verdict).toBe('time_limit')
    expect(result.tests.map((test) => test.status)).toEqual(['accepted', 'time_limit'])
    expect(worker!.terminated).toBe(true)

    void runInBrowser({ code: 'y', language: 'typescript', problem })
    await settle()
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('says the in-browser judge is not built when the manifest is missing, and asks again next time', async () => {
    const { runInBrowser } = await import('./run-in-browser')
    manifest = { status: 404, body: {} }
    await expect(runInBrowser({ code: 'x', language: 'typescript', problem })).rejects.toThrow(
      'The in-browser judge is not built (404 https://drill.test/judge/manifest.json).',
    )
    manifest = { status: 200, body: { worker: 'w.js', wasm: 'q.wasm' } }
    void runInBrowser({ code: 'x', language: 'typescript', problem })
    await settle()
    expect(fetched).toHaveLength(2)
    expect(FakeWorker.made).toHaveLength(1)
  })
})

describe('simulateInBrowser', () => {
  const request = {
    seed: 7,
    code: 'x',
    workload: { workload: 'echo' },
    limits: { wallMs: 10 },
  } as SimRequest

  it('runs in the sim worker; a poisoned outcome terminates it and an error rejects with its message', async () => {
    const { simulateInBrowser } = await import('~/sim/browser/run-in-browser')
    const running = simulateInBrowser(request, { manifestUrl: '/static/manifest.json' })
    await settle()
    const [worker] = FakeWorker.made
    expect(fetched).toEqual(['https://drill.test/static/manifest.json'])
    expect(worker!.url.href).toBe('https://drill.test/static/sim-worker-def.js')
    const { id, wasmUrl } = worker!.posted[0] as { id: number; wasmUrl: string }
    expect(wasmUrl).toBe('https://drill.test/static/quickjs-123.wasm')
    worker!.reply({ type: 'error', id, message: 'The run could not start.', poisoned: true })
    await expect(running).rejects.toThrow('The run could not start.')
    expect(worker!.terminated).toBe(true)
  })

  it('stops a run past its wall-clock limit with a sentence that says the browser stopped it', async () => {
    const { simulateInBrowser } = await import('~/sim/browser/run-in-browser')
    const result = await simulateInBrowser(request, { timeoutMs: 20 })
    expect(result.verdict).toBe('limit')
    expect(result.seed).toBe(7)
    expect(result.explanation[0]).toMatch(/limit of 0\.0 s .* the browser stopped its worker/)
    expect(FakeWorker.made[0]!.terminated).toBe(true)
  })

  it('refuses a manifest that names no sim worker, and asks again next time', async () => {
    const { simulateInBrowser } = await import('~/sim/browser/run-in-browser')
    manifest = { status: 200, body: { worker: 'w.js', wasm: 'q.wasm' } }
    await expect(simulateInBrowser(request)).rejects.toThrow(
      'The in-browser simulator is not built: the judge manifest names no sim worker.',
    )
    manifest = { status: 500, body: {} }
    await expect(simulateInBrowser(request)).rejects.toThrow(
      'The in-browser simulator is not built (500 https://drill.test/judge/manifest.json).',
    )
    expect(fetched).toHaveLength(2)
    expect(FakeWorker.made).toHaveLength(0)
  })
})
