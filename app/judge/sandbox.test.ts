import { afterEach, describe, expect, it, vi } from 'vitest'
import { createJudgeEngine } from './engine'
import { loadQuickJS } from './quickjs'
import { Sandbox, type SandboxLimits } from './sandbox'
import { type JudgeProblem } from './types'

// A runtime freed while something still holds part of its heap aborts the whole WASM module with
// "Aborted(Assertion failed: list_empty(&rt->gc_obj_list) ... JS_FreeRuntime)" on stderr. Each case
// here uses a module of its own: what it proves depends on the WASM memory starting small.

const MiB = 1024 * 1024
const limits: SandboxLimits = {
  memoryBytes: 64 * MiB,
  stackBytes: MiB,
  outputChars: 10_000,
  seed: 1,
  fixedNow: 0,
}

/** A promise job that keeps enough objects alive to grow the 16 MB WASM memory while it runs. */
const growInJob = (andThen = '') =>
  `Promise.resolve().then(() => { const keep = []; for (let i = 0; i < 200000; i++) keep.push({ i }); globalThis.kept = keep.length; ${andThen} })`

const aborts = () => {
  const spy = vi.spyOn(console, 'error')
  return () =>
    spy.mock.calls.filter((call) => call.some((part) => String(part).includes('Aborted(')))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a sandbox', () => {
  it('disposes cleanly after a promise job grew the WASM memory', async () => {
    const printed = aborts()
    const { module, memory } = await loadQuickJS({ maxMemoryBytes: 128 * MiB })
    const sandbox = new Sandbox(module, limits)
    const before = memory.buffer.byteLength
    const queued = sandbox.evaluate(growInJob(), 'grow.js', false)
    if (!queued.ok) throw new Error('the job could not be queued')
    queued.value.dispose()
    const drained = sandbox.drainJobs(false)
    expect(drained.ok).toBe(true)
    expect(memory.buffer.byteLength).toBeGreaterThan(before)
    const kept = sandbox.evaluate('kept', 'read.js', false)
    expect(kept.ok && sandbox.context.getNumber(kept.value)).toBe(200_000)
    if (kept.ok) kept.value.dispose()
    expect(() => sandbox.dispose()).not.toThrow()
    expect(printed()).toEqual([])
  })

  it('disposes cleanly after the tick budget stopped a job that grew the WASM memory', async () => {
    const printed = aborts()
    const { module, memory } = await loadQuickJS({ maxMemoryBytes: 128 * MiB })
    const sandbox = new Sandbox(module, limits)
    const before = memory.buffer.byteLength
    const queued = sandbox.evaluate(growInJob('for (;;) {}'), 'grow.js', false)
    if (!queued.ok) throw new Error('the job could not be queued')
    queued.value.dispose()
    sandbox.limit({ deadline: Infinity, totalDeadline: Infinity, budget: 1000 })
    const drained = sandbox.drainJobs(true)
    if (!drained.ok) drained.error.dispose()
    expect(sandbox.reason).toBe('budget')
    expect(memory.buffer.byteLength).toBeGreaterThan(before)
    expect(() => sandbox.dispose()).not.toThrow()
    expect(printed()).toEqual([])
  })

  it('is built even when the host asks it to stop at once, and keeps the stop for the guest code', async () => {
    const printed = aborts()
    const { module } = await loadQuickJS({ maxMemoryBytes: 64 * MiB })
    let asked = 0
    const sandbox = new Sandbox(module, { ...limits, shouldStop: () => (asked++, true) })
    expect(asked).toBeGreaterThan(0)
    expect(sandbox.reason).toBe('killed')
    sandbox.limit({ deadline: Infinity, totalDeadline: Infinity })
    const looped = sandbox.evaluate('for (;;) {}', 'loop.js', true)
    expect(looped.ok).toBe(false)
    if (!looped.ok) looped.error.dispose()
    expect(sandbox.reason).toBe('killed')
    expect(() => sandbox.dispose()).not.toThrow()
    expect(printed()).toEqual([])
  })
  it('frees a thrown value it cannot describe because the runtime has no memory left', async () => {
    const printed = aborts()
    const { module } = await loadQuickJS({ maxMemoryBytes: 64 * MiB })
    const sandbox = new Sandbox(module, limits)
    const thrown = sandbox.evaluate("throw new TypeError('unread')", 'throw.js', false)
    if (thrown.ok) throw new Error('the code did not throw')
    // Describing needs the harness's lazily loaded part, which cannot be compiled without memory.
    sandbox.runtime.setMemoryLimit(1)
    expect(sandbox.describe(thrown.error)).toMatchObject({ kind: 'unknown' })
    expect(thrown.error.alive).toBe(false)
    sandbox.runtime.setMemoryLimit(limits.memoryBytes)
    expect(() => sandbox.dispose()).not.toThrow()
    expect(printed()).toEqual([])
  })
})

describe('the judge engine', () => {
  const doubling: JudgeProblem = {
    harness: 'function',
    entry: 'double',
    comparator: { kind: 'exact' },
    tests: [{ id: 1, visible: true, args: [21], expected: 42 }],
  }

  it('stays healthy after an async submission allocates a lot after its first await', async () => {
    const printed = aborts()
    const engine = await createJudgeEngine({ maxMemoryBytes: 128 * MiB })
    const result = engine.judge({
      code: 'async function double(n: number) { await null; const keep: object[] = []; for (let i = 0; i < 200000; i++) keep.push({ i }); return keep.length > 0 ? n * 2 : 0 }',
      language: 'typescript',
      problem: doubling,
    })
    expect(result.verdict).toBe('accepted')
    expect(engine.health().memoryBytes).toBeGreaterThan(16 * MiB)
    expect(engine.health().poisoned).toBe(false)
    expect(printed()).toEqual([])
  })
})
