import { interruptedTestResult, assembleResult, executionOrder } from '../results'
import { type JudgeRequest, type JudgeResult, type TestResult } from '../types'
import { type BrowserJudgeManifest, type BrowserJudgeReply } from './protocol'
import { createWorkerRunner } from './worker-runner'

export interface BrowserRunOptions {
  /** Where the build wrote the manifest (default `/judge/manifest.json`). */
  manifestUrl?: string
  /** Wall-clock limit for the whole run; default: the tests' limits plus 1.5 s to start the sandbox. */
  timeoutMs?: number
  /** Called as each test finishes, for progressive display. */
  onTest?(test: TestResult): void
}

const DEFAULT_TEST_MS = 2000
const STARTUP_MS = 1500

const runInWorker = createWorkerRunner<
  BrowserJudgeManifest,
  JudgeRequest,
  JudgeResult,
  Extract<BrowserJudgeReply, { type: 'test' }>
>({
  name: 'judge',
  read: (files) => files as BrowserJudgeManifest,
  bundle: (files) => files.worker,
})

/**
 * Runs the visible tests of a request in a Web Worker (same engine and QuickJS wasm as the server,
 * served from our origin) and resolves with the result. Hidden tests and the checker are dropped
 * before anything is posted. A run past its wall-clock limit terminates the worker, which is how
 * native loops (which never reach the interrupt handler) are stopped in the browser.
 */
export async function runInBrowser(
  request: JudgeRequest,
  options: BrowserRunOptions = {},
): Promise<JudgeResult> {
  const { checker: _checker, ...problem } = request.problem
  const tests = problem.tests.filter((test) => test.visible)
  const visible: JudgeRequest = { ...request, revealHidden: false, problem: { ...problem, tests } }
  const testsMs = tests.reduce((sum, test) => sum + (test.timeMs ?? DEFAULT_TEST_MS), 0)
  const finished = new Map<number, TestResult>()
  return runInWorker({
    request: visible,
    manifestUrl: options.manifestUrl,
    timeoutMs: options.timeoutMs ?? Math.min(testsMs, request.totalTimeMs ?? Infinity) + STARTUP_MS,
    onProgress: ({ index, test }) => {
      finished.set(index, test)
      options.onTest?.(test)
    },
    stopped: (elapsedMs) => cutOff(tests, finished, elapsedMs),
  })
}

/** The result of a run stopped from outside: finished tests keep their results, the running one timed out. */
function cutOff(
  tests: JudgeRequest['problem']['tests'],
  finished: Map<number, TestResult>,
  elapsedMs: number,
): JudgeResult {
  const running = executionOrder(tests).find((index) => !finished.has(index))
  const results = tests.map((test, index) =>
    index === running ? interruptedTestResult(test, 'timeout', elapsedMs) : finished.get(index),
  )
  return assembleResult(tests, results, elapsedMs, 'the run was stopped')
}
