import { ENGINE_DEFAULTS } from './limits'
import { messages } from './messages'
import { type JudgeResult, type JudgeTest, type TestResult, type Verdict } from './types'

/** The order tests run in: visible ones first, so a browser run of the visible tests matches the server. */
export function executionOrder(tests: readonly JudgeTest[]): number[] {
  const indexes = tests.map((_, i) => i)
  return [...indexes.filter((i) => tests[i]!.visible), ...indexes.filter((i) => !tests[i]!.visible)]
}

/** The submission's verdict: the status of the first test (in the problem's order) that failed. */
export function verdictOf(tests: readonly TestResult[]): Verdict {
  const failed = tests.find((test) => test.status !== 'accepted' && test.status !== 'skipped')
  return failed ? (failed.status as Verdict) : 'accepted'
}

/** Builds a result from per-test results, filling tests that never ran as `skipped`. */
export function assembleResult(
  problemTests: readonly JudgeTest[],
  results: ReadonlyArray<TestResult | undefined>,
  timeMs: number,
  skippedWhy = 'an earlier test stopped the run',
): JudgeResult {
  const tests = problemTests.map((test, i) => results[i] ?? skippedResult(test, skippedWhy))
  return {
    verdict: verdictOf(tests),
    cost: tests.reduce((sum, test) => sum + test.cost, 0),
    timeMs: Math.round(timeMs * 100) / 100,
    tests,
  }
}

/** A test that did not run, with the reason as a sentence. */
export function skippedResult(test: JudgeTest, why: string): TestResult {
  return withName(test, {
    id: test.id,
    status: 'skipped',
    cost: 0,
    wallMs: 0,
    output: '',
    message: messages.skipped(why),
  })
}

/** Test names are shown for visible tests only (hidden ones may describe their input). */
export function withName(test: JudgeTest, result: TestResult): TestResult {
  return test.visible && test.name ? { ...result, name: test.name } : result
}

/** The result for a test whose run was cut off from outside (worker terminated) at `elapsedMs`. */
export function interruptedTestResult(
  test: JudgeTest,
  why: 'timeout' | 'crash' | 'memory',
  elapsedMs: number,
): TestResult {
  const timeMs = test.timeMs ?? ENGINE_DEFAULTS.testTimeMs
  const status =
    why === 'timeout' ? 'time_limit' : why === 'memory' ? 'memory_limit' : 'runtime_error'
  const message =
    why === 'timeout'
      ? messages.nativeTimeout(test, timeMs)
      : why === 'memory'
        ? messages.outOfMemory(test)
        : messages.sandboxFailure(test)
  const result: TestResult = {
    id: test.id,
    status,
    cost: 0,
    wallMs: Math.max(0, Math.round(elapsedMs)),
    output: '',
    message,
  }
  if (test.budget !== undefined) result.budget = test.budget
  return withName(test, result)
}
