import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJudgePool, type JudgePool } from '~/judge/pool.server'
import { type JudgeProblem, type JudgeResult } from '~/judge/types'
import { hostileCases } from '../fixtures/judge/hostile'
import { twoSumHandWritten, twoSumSolution } from '../fixtures/judge/problems'

// Hostile submissions, each followed by a correct one on the same pool: whatever the hostile code did,
// the pool must still judge correctly. The pool runs the production worker bundle, built here.
const outDir = mkdtempSync(path.join(os.tmpdir(), 'drill-judge-'))
let pool: JudgePool

beforeAll(() => {
  execFileSync(
    process.execPath,
    [
      'scripts/build-judge-worker.mjs',
      '--server-out',
      outDir,
      '--public-out',
      path.join(outDir, 'public'),
    ],
    { stdio: 'pipe' },
  )
  pool = createJudgePool({
    workers: 2,
    workerScript: pathToFileURL(path.join(outDir, 'worker.mjs')),
    graceMs: 200,
  })
})

afterAll(async () => {
  await pool?.close()
  rmSync(outDir, { recursive: true, force: true })
})

const problem = twoSumHandWritten(800)

function judgeHostile(code: string, target: JudgeProblem = problem): Promise<JudgeResult> {
  return pool.judge({
    code,
    language: 'typescript',
    problem: target,
    stopOnFailure: true,
    totalTimeMs: 4000,
  })
}

/** The first test that did not pass: with stopOnFailure it is where the hostile code was stopped. */
function firstFailure(result: JudgeResult) {
  return result.tests.find((test) => test.status !== 'accepted' && test.status !== 'skipped')
}

async function expectPoolStillJudges(): Promise<void> {
  const result = await pool.judge({ code: twoSumSolution, language: 'typescript', problem })
  expect(result.verdict).toBe('accepted')
  expect(result.tests).toHaveLength(problem.tests.length)
}

describe('hostile submissions', () => {
  for (const hostile of hostileCases) {
    it(`survives ${hostile.name}`, async () => {
      const result = await judgeHostile(hostile.code)
      const failed = firstFailure(result)
      const allowed = Array.isArray(hostile.verdict) ? hostile.verdict : [hostile.verdict]
      expect(allowed, JSON.stringify(failed)).toContain(result.verdict)
      expect(failed?.status).toBe(result.verdict)
      // A case's message belongs to its first verdict; the others are what a busy machine may give instead.
      if (hostile.message && result.verdict === allowed[0])
        expect(failed?.message).toMatch(hostile.message)
      if ('actual' in hostile) expect(result.tests[0]!.actual).toEqual(hostile.actual)
      await expectPoolStillJudges()
    })
  }
})

describe('hidden tests stay hidden', () => {
  const secret = 'Tr0ub4dor-secret-7741'
  const guarded: JudgeProblem = {
    harness: 'function',
    entry: 'answer',
    comparator: { kind: 'exact' },
    tests: [
      { id: 1, name: 'visible', visible: true, args: [1], expected: 'one' },
      { id: 2, visible: false, args: [2], expected: secret, timeMs: 500 },
    ],
  }
  const snoops: Array<[string, string]> = [
    [
      'globals',
      "function answer() { const seen: string[] = []; for (const name of Object.getOwnPropertyNames(globalThis)) { try { seen.push(name + '=' + JSON.stringify((globalThis as any)[name])) } catch {} } return seen.join(';') }",
    ],
    [
      'stack traces',
      'function answer() { try { null!.x } catch (e) { return String((e as Error).stack) + new Error().stack } }',
    ],
    [
      'callers',
      'function answer() { try { return String((answer as any).caller) + String((arguments as any).callee.caller) } catch (e) { return String(e) } }',
    ],
    [
      'error messages',
      'function answer(x: number) { throw new Error("expected was: " + JSON.stringify(arguments)) }',
    ],
    [
      'the whole heap as a string',
      'function answer() { return JSON.stringify(globalThis) + Object.keys(globalThis).join() + String(Function.prototype.toString.call(Function)) }',
    ],
  ]
  for (const [how, code] of snoops) {
    it(`never exposes an expected value through ${how}`, async () => {
      const result = await pool.judge({ code, language: 'typescript', problem: guarded })
      expect(JSON.stringify(result)).not.toContain(secret)
      expect(result.tests[1]!.status).not.toBe('accepted')
      expect(result.tests[1]!.output).toBe('')
      await expectPoolStillJudges()
    })
  }
})

describe('after all that', () => {
  it('counts the workers it had to replace and still has all of them', async () => {
    await expectPoolStillJudges()
    const stats = pool.stats()
    expect(stats.restartsByReason.timeout).toBeGreaterThanOrEqual(1)
    expect(stats.restarts).toBe(
      Object.values(stats.restartsByReason).reduce((sum, n) => sum + n, 0),
    )
    await expect.poll(() => pool.stats().workers, { timeout: 10_000 }).toBe(2)
  })
})
