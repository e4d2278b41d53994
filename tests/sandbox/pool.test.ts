import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedForTest } from '~/judge/budget'
import { GeneratorError } from '~/judge/engine'
import {
  createJudgePool,
  PoolClosedError,
  QueueFullError,
  type JudgePool,
} from '~/judge/pool.server'
import {
  twoSumComplete,
  twoSumHandWritten,
  twoSumSolution,
  twoSumWrong,
} from '../fixtures/judge/problems'

// The pool as the app and the CLI use it: the default worker entry (tsx inside the thread).
let pool: JudgePool
const restarts: string[] = []
const judged: string[] = []

beforeAll(() => {
  pool = createJudgePool({
    workers: 2,
    graceMs: 200,
    memoryHighWaterBytes: 48 * 1024 * 1024,
    onWorkerRestart: (reason) => restarts.push(reason),
    onJudged: ({ verdict }) => judged.push(verdict),
  })
})

afterAll(async () => {
  await pool?.close()
})

describe('the judge pool', () => {
  it('judges the complete two-sum, generated 100 000-element tests included, and rejects the naive solution', async () => {
    const problem = await twoSumComplete((request) => pool.generate(request))
    const big = problem.tests.find((test) => test.id === 12)!
    expect((big.args![0] as number[]).length).toBe(100_000)
    expect(big.expected).toEqual([99_998, 99_999])
    const reference = await pool.judge({ code: twoSumSolution, language: 'typescript', problem })
    expect(reference.verdict).toBe('accepted')
    const budgets = reference.tests.map((test) => Math.max(200, 4 * test.cost))
    const budgeted = {
      ...problem,
      tests: problem.tests.map((test, i) => ({ ...test, budget: budgets[i] })),
    }
    const naive = await pool.judge({
      code: twoSumWrong('all-pairs'),
      language: 'typescript',
      problem: budgeted,
      stopOnFailure: true,
    })
    expect(naive.verdict).toBe('time_limit')
    expect(naive.tests.find((test) => test.status === 'time_limit')!.message).toMatch(
      /^Test 12 went over its limit of [\d.]+ M ops\.$/,
    )
    expect(judged).toContain('accepted')
  })

  it('generates the same case from the same seed on any worker', async () => {
    const request = {
      source: 'return { args: [[rng.int(0, 1e9), rng.next()], rng.pick([1, 2, 3])] }',
      seed: seedForTest('two-sum', 99),
      harness: 'function' as const,
    }
    const cases = await Promise.all([
      pool.generate(request),
      pool.generate(request),
      pool.generate(request),
    ])
    expect(cases[1]).toEqual(cases[0])
    expect(cases[2]).toEqual(cases[0])
    await expect(pool.generate({ ...request, source: 'return { args: 1 }' })).rejects.toThrow(
      GeneratorError,
    )
  })

  it('keeps the results of the tests that finished before a worker had to be killed', async () => {
    const code = twoSumSolution.replace(
      '{',
      '{\n  if (nums.length === 3 && target === 6) Array.prototype.indexOf.call({ length: 2 ** 32 - 1 }, 1)',
    )
    const problem = twoSumHandWritten(1000)
    const result = await pool.judge({ code, language: 'typescript', problem })
    expect(result.verdict).toBe('time_limit')
    expect(result.tests.slice(0, 3).map((test) => test.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
    ])
    expect(result.tests[0]!.actual).toEqual([2, 3])
    expect(result.tests[3]).toMatchObject({ id: 4, status: 'time_limit' })
    expect(result.tests[3]!.message).toMatch(/inside a built-in/)
    expect(result.tests.slice(4).every((test) => test.status === 'skipped')).toBe(true)
    expect(restarts).toContain('timeout')
  })

  it('recycles a worker whose memory grew past the high-water mark', async () => {
    const before = restarts.filter((reason) => reason === 'memory').length
    const code = 'const ballast = new Uint8Array(64 * 1024 * 1024)\n' + twoSumSolution
    const result = await pool.judge({ code, language: 'typescript', problem: twoSumHandWritten() })
    expect(result.verdict).toBe('accepted')
    await expect
      .poll(() => restarts.filter((reason) => reason === 'memory').length)
      .toBe(before + 1)
    expect(
      (
        await pool.judge({
          code: twoSumSolution,
          language: 'typescript',
          problem: twoSumHandWritten(),
        })
      ).verdict,
    ).toBe('accepted')
  })

  it('refuses work beyond its queue with a Retry-After estimate', async () => {
    const small = createJudgePool({ workers: 1, queueLimit: 2 })
    try {
      expect(
        (
          await small.judge({
            code: twoSumSolution,
            language: 'typescript',
            problem: twoSumHandWritten(),
          })
        ).verdict,
      ).toBe('accepted')
      const slow = {
        code: 'function twoSum() { for (;;) {} }',
        language: 'typescript' as const,
        problem: twoSumHandWritten(300),
        stopOnFailure: true,
      }
      // One runs, two wait; the fourth finds the queue full.
      const accepted = [small.judge(slow), small.judge(slow), small.judge(slow)]
      const error = await small.judge(slow).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(QueueFullError)
      expect((error as QueueFullError).retryAfterSeconds).toBeGreaterThanOrEqual(1)
      expect(small.stats()).toMatchObject({ queueLimit: 2, rejected: 1 })
      expect((await Promise.all(accepted)).map((result) => result.verdict)).toEqual([
        'time_limit',
        'time_limit',
        'time_limit',
      ])
    } finally {
      await small.close()
    }
  })

  it('rejects queued work when closed', async () => {
    const closing = createJudgePool({ workers: 1 })
    const pending = expect(
      closing.judge({ code: twoSumSolution, language: 'typescript', problem: twoSumHandWritten() }),
    ).rejects.toBeInstanceOf(PoolClosedError)
    await closing.close()
    await pending
    await expect(
      closing.judge({ code: twoSumSolution, language: 'typescript', problem: twoSumHandWritten() }),
    ).rejects.toBeInstanceOf(PoolClosedError)
  })

  it('sends a keyed problem to each worker once, then only its key', async () => {
    const keyed = createJudgePool({ workers: 1 })
    try {
      const first = await keyed.judge({
        code: twoSumSolution,
        language: 'typescript',
        problem: twoSumHandWritten(),
        problemKey: 'two-sum@1',
      })
      expect(first.tests).toHaveLength(11)
      // Same key, so the worker judges against the problem it holds; the tests sent along are not even read.
      const second = await keyed.judge({
        code: twoSumSolution,
        language: 'typescript',
        problem: { ...twoSumHandWritten(), tests: [] },
        problemKey: 'two-sum@1',
      })
      expect(second.tests.map((test) => test.id)).toEqual(first.tests.map((test) => test.id))
      const other = await keyed.judge({
        code: twoSumSolution,
        language: 'typescript',
        problem: { ...twoSumHandWritten(), tests: twoSumHandWritten().tests.slice(0, 2) },
        problemKey: 'two-sum@2',
      })
      expect(other.tests).toHaveLength(2)
    } finally {
      await keyed.close()
    }
  })

  it('reports its state', async () => {
    const stats = pool.stats()
    expect(stats).toMatchObject({ workers: 2, queueDepth: 0, busy: 0 })
    expect(stats.judged).toBeGreaterThanOrEqual(4)
    expect(stats.restarts).toBe(restarts.length)
  })
})
