import { interruptedTestResult, assembleResult, executionOrder } from '../results'
import { type JudgeRequest, type JudgeResult, type TestResult } from '../types'
import {
  type BrowserJudgeManifest,
  type BrowserJudgeReply,
  type BrowserJudgeRequest,
} from './protocol'

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

let manifest: Promise<BrowserJudgeManifest> | undefined
let worker: Worker | undefined
let nextId = 1

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
  const manifestUrl = new URL(options.manifestUrl ?? '/judge/manifest.json', location.href)
  manifest ??= fetch(manifestUrl).then(async (response) => {
    if (!response.ok)
      throw new Error(`The in-browser judge is not built (${response.status} ${manifestUrl.href}).`)
    return (await response.json()) as BrowserJudgeManifest
  })
  let files: BrowserJudgeManifest
  try {
    files = await manifest
  } catch (error) {
    manifest = undefined
    throw error
  }
  const { checker: _checker, ...problem } = request.problem
  const tests = problem.tests.filter((test) => test.visible)
  const visible: JudgeRequest = { ...request, revealHidden: false, problem: { ...problem, tests } }
  const testsMs = tests.reduce((sum, test) => sum + (test.timeMs ?? DEFAULT_TEST_MS), 0)
  const timeoutMs =
    options.timeoutMs ?? Math.min(testsMs, request.totalTimeMs ?? Infinity) + STARTUP_MS

  const active = (worker ??= new Worker(new URL(files.worker, manifestUrl), { type: 'module' }))
  const id = nextId++
  const finished = new Map<number, TestResult>()
  const started = performance.now()
  return new Promise<JudgeResult>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer)
      active.removeEventListener('message', onMessage)
      active.removeEventListener('error', onError)
    }
    const discard = () => {
      active.terminate()
      if (worker === active) worker = undefined
    }
    const timer = setTimeout(() => {
      stop()
      discard()
      resolve(cutOff(tests, finished, performance.now() - started))
    }, timeoutMs)
    const onError = (event: ErrorEvent) => {
      stop()
      discard()
      reject(new Error(`The in-browser judge failed: ${event.message}`))
    }
    const onMessage = (event: MessageEvent<BrowserJudgeReply>) => {
      const reply = event.data
      if (reply.id !== id) return
      if (reply.type === 'test') {
        finished.set(reply.index, reply.test)
        options.onTest?.(reply.test)
        return
      }
      stop()
      if (reply.poisoned) discard()
      if (reply.type === 'result') resolve(reply.result)
      else reject(new Error(reply.message))
    }
    active.addEventListener('message', onMessage)
    active.addEventListener('error', onError)
    const message: BrowserJudgeRequest = {
      id,
      request: visible,
      wasmUrl: new URL(files.wasm, manifestUrl).href,
    }
    active.postMessage(message)
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
