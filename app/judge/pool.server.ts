import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { parseWorkloadConfig, resolveLimits } from '~/sim/config'
import { interruptedSimResult } from '~/sim/results'
import { type SimRequest, type SimResult, type WorkloadName } from '~/sim/types'
import { type EngineHealth } from './engine'
import { ENGINE_DEFAULTS, GeneratorError, JudgeSetupError } from './limits'
import { assembleResult, executionOrder, interruptedTestResult } from './results'
import {
  CONTROL_BYTES,
  CONTROL_KILL,
  CONTROL_TEST,
  controlViews,
  ProblemCache,
  type FromWorker,
  type ToWorker,
  type WorkerSetup,
} from './protocol'
import {
  type GeneratedCase,
  type GenerateRequest,
  type JudgeRequest,
  type JudgeResult,
  type TestResult,
  type Verdict,
} from './types'

const MiB = 1024 * 1024

/** Why a worker was replaced; a label for the restarts metric. */
export type WorkerRestartReason = 'timeout' | 'crash' | 'poisoned' | 'memory' | 'startup'

export interface JudgePoolOptions {
  /** Worker threads (default: one per core). */
  workers?: number
  /** Submissions waiting beyond the running ones before `judge()` refuses with QueueFullError (default 256). */
  queueLimit?: number
  /** Hard cap of each worker's WASM memory (default 256 MB). */
  maxMemoryBytes?: number
  /** Recycle a worker whose WASM memory grew past this after a run (default 160 MB); it never shrinks. */
  memoryHighWaterBytes?: number
  /** How long past a deadline the watchdog waits before terminating the worker (default 250 ms). */
  graceMs?: number
  /** The worker entry; by default the tsx entry beside this file, or build/judge/worker.mjs once bundled. */
  workerScript?: string | URL
  /** QuickJS stack limit per submission (default 1 MB). */
  stackBytes?: number
  /**
   * Niceness of the worker threads relative to the process (default +10): with every worker busy, the main thread still gets
   * the CPU promptly, so page requests and the queue keep moving. 0 judges at normal priority.
   */
  niceness?: number
  onWorkerRestart?(reason: WorkerRestartReason): void
  onQueueDepth?(depth: number): void
  /** After each submission: its verdict, time waiting in the queue, and time running in a worker. */
  onJudged?(event: { verdict: Verdict; waitMs: number; runMs: number }): void
  onRejected?(event: { retryAfterSeconds: number }): void
}

export interface JudgePoolStats {
  workers: number
  busy: number
  starting: number
  queueDepth: number
  queueLimit: number
  restarts: number
  restartsByReason: Record<WorkerRestartReason, number>
  judged: number
  generated: number
  simulated: number
  rejected: number
}

export interface JudgePool {
  /** Judges a submission on a worker; rejects with QueueFullError when the queue is full. */
  judge(request: JudgeRequest): Promise<JudgeResult>
  /** Runs a test generator on a worker; rejects with GeneratorError when it fails. */
  generate(request: GenerateRequest): Promise<GeneratedCase>
  /**
   * Runs one simulation on a worker's simulator. A run its worker had to kill (past its wall-clock
   * limit plus grace, or crashed) resolves with a `limit` or `error` result; an invalid workload
   * config rejects with WorkloadConfigError.
   */
  simulate(request: SimRequest): Promise<SimResult>
  stats(): JudgePoolStats
  /** Stops the workers; queued and running work rejects with PoolClosedError. */
  close(): Promise<void>
}

/** The queue is full; answer 429 with `Retry-After: retryAfterSeconds`. */
export class QueueFullError extends Error {
  override name = 'QueueFullError'
  constructor(readonly retryAfterSeconds: number) {
    super(`The judge queue is full. Try again in ${retryAfterSeconds} s.`)
  }
}

/** Work was refused or dropped because `close()` was called. */
export class PoolClosedError extends Error {
  override name = 'PoolClosedError'
  constructor() {
    super('The judge pool is closed.')
  }
}

type Job =
  | {
      kind: 'judge'
      request: JudgeRequest
      resolve: (result: JudgeResult) => void
      reject: (error: Error) => void
      enqueuedAt: number
      startedAt: number
      internal?: boolean
      /** Already retried once after its worker's engine failed (not the candidate's doing). */
      retried?: boolean
    }
  | {
      kind: 'generate'
      request: GenerateRequest
      resolve: (generated: GeneratedCase) => void
      reject: (error: Error) => void
      enqueuedAt: number
      startedAt: number
    }
  | {
      kind: 'simulate'
      request: SimRequest
      /** The run's wall-clock limit (workload and request limits resolved): the watchdog's deadline. */
      wallMs: number
      workload: WorkloadName
      resolve: (result: SimResult) => void
      reject: (error: Error) => void
      enqueuedAt: number
      startedAt: number
    }

interface Slot {
  worker: Worker
  ready: boolean
  job?: Job
  jobId: number
  control: ReturnType<typeof controlViews>
  /** Set when we terminate it on purpose, so its exit is not counted as a crash. */
  retiring: boolean
  idleSince: number
  /** Mirrors the worker's problem cache: which keyed problems it already holds. */
  problems: ProblemCache<true>
}

const WATCHDOG_INTERVAL_MS = 25
/** A simulation's checker and the copy of a multi-megabyte result back to the parent come after its deadline. */
const SIMULATE_GRACE_MS = 1_000
const MAX_STARTUP_FAILURES = 3

/** Starts a pool of judge worker threads, each with one reusable QuickJS module. */
export function createJudgePool(options: JudgePoolOptions = {}): JudgePool {
  const size = Math.max(1, options.workers ?? os.availableParallelism())
  const queueLimit = options.queueLimit ?? 256
  const maxMemoryBytes = options.maxMemoryBytes ?? ENGINE_DEFAULTS.maxMemoryBytes
  const highWater = options.memoryHighWaterBytes ?? 160 * MiB
  const graceMs = options.graceMs ?? 250
  const script = options.workerScript ?? defaultWorkerScript()
  const wasmModule = compileQuickJS()
  // Keep the rejection observed; it resurfaces through `starting` when a worker needs the module.
  wasmModule.catch(() => undefined)

  const slots: Slot[] = []
  const queue: Job[] = []
  const restartsByReason: Record<WorkerRestartReason, number> = {
    timeout: 0,
    crash: 0,
    poisoned: 0,
    memory: 0,
    startup: 0,
  }
  const counters = {
    judged: 0,
    generated: 0,
    simulated: 0,
    rejected: 0,
    startupFailures: 0,
    nextJobId: 1,
  }
  let closed = false
  let broken: Error | undefined
  let averageRunMs = 50

  const watchdog = setInterval(checkDeadlines, WATCHDOG_INTERVAL_MS)
  watchdog.unref()
  for (let i = 0; i < size; i++) void spawn()

  async function spawn(): Promise<void> {
    let module: WebAssembly.Module
    try {
      module = await wasmModule
    } catch (error) {
      fail(new Error(`The judge could not load QuickJS: ${(error as Error).message}`))
      return
    }
    if (closed) return
    const control = new SharedArrayBuffer(CONTROL_BYTES)
    const setup: WorkerSetup = {
      wasmModule: module,
      control,
      maxMemoryBytes,
      stackBytes: options.stackBytes,
      niceness: options.niceness ?? 10,
    }
    const worker = new Worker(script, {
      workerData: setup,
      resourceLimits: { stackSizeMb: 8, maxOldGenerationSizeMb: 256 },
    })
    const slot: Slot = {
      worker,
      ready: false,
      jobId: 0,
      control: controlViews(control),
      retiring: false,
      idleSince: 0,
      problems: new ProblemCache<true>(),
    }
    slots.push(slot)
    worker.on('message', (message: FromWorker) => onMessage(slot, message))
    worker.on('error', (error) => onExit(slot, error))
    worker.on('exit', (code) => onExit(slot, new Error(`worker exited with code ${code}`)))
  }

  function onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true
      counters.startupFailures = 0
      dispatch()
      return
    }
    const job = slot.job
    if (!job || message.id !== slot.jobId) return
    slot.job = undefined
    slot.idleSince = performance.now()
    const runMs = Date.now() - job.startedAt
    averageRunMs = averageRunMs * 0.9 + runMs * 0.1
    if (message.type === 'judged' && job.kind === 'judge') {
      if (!job.internal) {
        counters.judged++
        options.onJudged?.({
          verdict: message.result.verdict,
          waitMs: job.startedAt - job.enqueuedAt,
          runMs,
        })
      }
      job.resolve(message.result)
    } else if (message.type === 'generated' && job.kind === 'generate') {
      counters.generated++
      job.resolve(message.generated)
    } else if (message.type === 'simulated' && job.kind === 'simulate') {
      counters.simulated++
      job.resolve(message.result)
    } else if (message.type === 'failed') {
      const error = reviveError(message.error)
      // An engine that broke before the run started (e.g. no memory for a fresh sandbox) says nothing
      // about the submission: try once more on a fresh worker.
      if (
        job.kind === 'judge' &&
        message.health.poisoned &&
        !job.retried &&
        !(error instanceof JudgeSetupError)
      ) {
        job.retried = true
        queue.unshift(job)
      } else {
        job.reject(error)
      }
    }
    const recycle = recycleReason(message.health)
    if (recycle) replace(slot, recycle)
    dispatch()
  }

  function recycleReason(health: EngineHealth): WorkerRestartReason | undefined {
    if (health.poisoned) return 'poisoned'
    if (health.memoryBytes > highWater) return 'memory'
    return undefined
  }

  function onExit(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot)
    if (index < 0) return
    slots.splice(index, 1)
    if (closed || slot.retiring) return
    if (!slot.ready) {
      counters.startupFailures++
      restarted('startup')
      if (counters.startupFailures >= MAX_STARTUP_FAILURES) {
        fail(new Error(`Judge workers fail to start: ${error.message}`))
        return
      }
    } else {
      restarted('crash')
    }
    const job = slot.job
    slot.job = undefined
    if (job) lost(job, slot, /out of memory/i.test(error.message) ? 'memory' : 'crash')
    void spawn()
  }

  /** Terminates a worker on purpose and starts a fresh one in its place. */
  function replace(slot: Slot, reason: WorkerRestartReason): void {
    slot.retiring = true
    const index = slots.indexOf(slot)
    if (index >= 0) slots.splice(index, 1)
    restarted(reason)
    // The replacement starts once the old thread is gone, so at most `size` WASM heaps exist at a time.
    void slot.worker.terminate().then(() => {
      if (!closed) void spawn()
    })
  }

  function restarted(reason: WorkerRestartReason): void {
    restartsByReason[reason]++
    options.onWorkerRestart?.(reason)
  }

  function checkDeadlines(): void {
    const now = Date.now()
    for (const slot of [...slots]) {
      const job = slot.job
      if (!job) continue
      let limit: number
      let grace = graceMs
      if (job.kind === 'simulate') {
        limit = job.startedAt + job.wallMs
        grace = Math.max(graceMs, SIMULATE_GRACE_MS)
      } else if (job.kind === 'judge') {
        const total = job.startedAt + (job.request.totalTimeMs ?? ENGINE_DEFAULTS.totalTimeMs)
        const index = Atomics.load(slot.control.flags, CONTROL_TEST)
        const test = index >= 0 ? job.request.problem.tests[index] : undefined
        limit = test
          ? Math.min(
              total,
              slot.control.testStartedAt[0]! + (test.timeMs ?? ENGINE_DEFAULTS.testTimeMs),
            )
          : total
      } else {
        limit = job.startedAt + (job.request.timeMs ?? ENGINE_DEFAULTS.generatorTimeMs)
      }
      // The worker stops interpreted code at the deadline itself. Halfway through the grace period the
      // kill flag asks again (in case its clock lags); at the end of it, only native code is left: terminate.
      if (now > limit + grace / 2) Atomics.store(slot.control.flags, CONTROL_KILL, 1)
      if (now > limit + grace) {
        slot.job = undefined
        replace(slot, 'timeout')
        lost(job, slot, 'timeout')
      }
    }
  }

  /** A job whose worker died: judge results are rebuilt from a rerun of the tests that had finished. */
  function lost(job: Job, slot: Slot, why: 'timeout' | 'crash' | 'memory'): void {
    if (job.kind === 'simulate') {
      counters.simulated++
      job.resolve(
        interruptedSimResult({
          request: job.request,
          workload: job.workload,
          why,
          wallMs: Date.now() - job.startedAt,
          limitMs: job.wallMs,
        }),
      )
      return
    }
    if (job.kind === 'generate') {
      const limit = job.request.timeMs ?? ENGINE_DEFAULTS.generatorTimeMs
      job.reject(
        new GeneratorError(
          why === 'timeout'
            ? `The generator ran past its limit of ${limit} ms.`
            : 'The generator crashed the judge worker.',
        ),
      )
      return
    }
    const tests = job.request.problem.tests
    const order = executionOrder(tests)
    const reported = Atomics.load(slot.control.flags, CONTROL_TEST)
    const culprit = reported >= 0 ? reported : order[0]!
    const culpritTest = tests[culprit]!
    const elapsed = Date.now() - slot.control.testStartedAt[0]!
    const culpritResult = interruptedTestResult(culpritTest, why, elapsed)
    const finishedBefore = order.slice(0, order.indexOf(culprit)).map((i) => tests[i]!)
    const settle = (earlier: Map<number, TestResult>, skippedWhy: string) => {
      const results = tests.map((test, i) => (i === culprit ? culpritResult : earlier.get(test.id)))
      const result = assembleResult(tests, results, Date.now() - job.startedAt, skippedWhy)
      if (!job.internal) {
        counters.judged++
        options.onJudged?.({
          verdict: result.verdict,
          waitMs: job.startedAt - job.enqueuedAt,
          runMs: Date.now() - job.startedAt,
        })
      }
      job.resolve(result)
    }
    if (finishedBefore.length === 0 || job.internal) {
      settle(new Map(), 'the judge worker had to be restarted')
      return
    }
    // Runs are deterministic, so rerunning the tests that had finished gives back their exact results.
    const rerun: Job = {
      kind: 'judge',
      internal: true,
      request: {
        ...job.request,
        problemKey: undefined,
        problem: { ...job.request.problem, tests: finishedBefore },
      },
      resolve: (partial) =>
        settle(
          new Map(partial.tests.map((test) => [test.id, test])),
          'the judge worker had to be restarted',
        ),
      reject: () => settle(new Map(), 'the judge worker had to be restarted'),
      enqueuedAt: Date.now(),
      startedAt: 0,
    }
    queue.unshift(rerun)
    dispatch()
  }

  // The longest-idle worker goes first: it has had time to prepare its next sandbox (engine.warm()).
  function dispatch(): void {
    while (queue.length > 0) {
      let chosen: Slot | undefined
      for (const slot of slots) {
        if (!slot.ready || slot.job || slot.retiring) continue
        if (!chosen || slot.idleSince < chosen.idleSince) chosen = slot
      }
      if (!chosen) break
      start(chosen, queue.shift()!)
    }
    options.onQueueDepth?.(queue.length)
  }

  function start(slot: Slot, job: Job): void {
    slot.job = job
    slot.jobId = counters.nextJobId++
    job.startedAt = Date.now()
    Atomics.store(slot.control.flags, CONTROL_TEST, -1)
    Atomics.store(slot.control.flags, CONTROL_KILL, 0)
    slot.control.testStartedAt[0] = job.startedAt
    let message: ToWorker
    if (job.kind === 'judge') {
      const key = job.request.problemKey
      const held = key !== undefined && slot.problems.get(key) !== undefined
      if (key !== undefined && !held) slot.problems.set(key, true)
      message = {
        type: 'judge',
        id: slot.jobId,
        request: held ? { ...job.request, problem: null } : job.request,
      }
    } else if (job.kind === 'simulate') {
      message = { type: 'simulate', id: slot.jobId, request: job.request }
    } else {
      message = { type: 'generate', id: slot.jobId, request: job.request }
    }
    try {
      slot.worker.postMessage(message)
    } catch (error) {
      slot.job = undefined
      job.reject(error as Error)
    }
  }

  function enqueue<T>(
    make: (resolve: (value: T) => void, reject: (error: Error) => void) => Job,
  ): Promise<T> {
    if (closed) return Promise.reject(new PoolClosedError())
    if (broken) return Promise.reject(broken)
    const waiting = queue.filter((job) => !(job.kind === 'judge' && job.internal)).length
    if (waiting >= queueLimit) {
      const retryAfterSeconds = Math.max(1, Math.ceil(((waiting / size) * averageRunMs) / 1000))
      counters.rejected++
      options.onRejected?.({ retryAfterSeconds })
      return Promise.reject(new QueueFullError(retryAfterSeconds))
    }
    return new Promise<T>((resolve, reject) => {
      queue.push(make(resolve, reject))
      dispatch()
    })
  }

  function fail(error: Error): void {
    broken = error
    for (const job of queue.splice(0)) job.reject(error)
  }

  return {
    judge(request) {
      return enqueue<JudgeResult>((resolve, reject) => ({
        kind: 'judge',
        request,
        resolve,
        reject,
        enqueuedAt: Date.now(),
        startedAt: 0,
      }))
    },
    generate(request) {
      return enqueue<GeneratedCase>((resolve, reject) => ({
        kind: 'generate',
        request,
        resolve,
        reject,
        enqueuedAt: Date.now(),
        startedAt: 0,
      }))
    },
    simulate(request) {
      let wallMs: number
      let workload: WorkloadName
      try {
        const config = parseWorkloadConfig(request.workload)
        wallMs = resolveLimits(config, request.limits).wallMs
        workload = config.workload
      } catch (error) {
        return Promise.reject(error as Error)
      }
      return enqueue<SimResult>((resolve, reject) => ({
        kind: 'simulate',
        request,
        wallMs,
        workload,
        resolve,
        reject,
        enqueuedAt: Date.now(),
        startedAt: 0,
      }))
    },
    stats() {
      return {
        workers: slots.length,
        busy: slots.filter((slot) => slot.job).length,
        starting: slots.filter((slot) => !slot.ready).length,
        queueDepth: queue.length,
        queueLimit,
        restarts: Object.values(restartsByReason).reduce((sum, count) => sum + count, 0),
        restartsByReason: { ...restartsByReason },
        judged: counters.judged,
        generated: counters.generated,
        simulated: counters.simulated,
        rejected: counters.rejected,
      }
    },
    async close() {
      if (closed) return
      closed = true
      clearInterval(watchdog)
      const error = new PoolClosedError()
      for (const job of queue.splice(0)) job.reject(error)
      const running = slots.splice(0)
      for (const slot of running) {
        slot.retiring = true
        slot.job?.reject(error)
        slot.job = undefined
      }
      await Promise.all(running.map((slot) => slot.worker.terminate()))
    },
  }
}

function reviveError(error: {
  name: string
  message: string
  position?: { line: number; column: number }
}): Error {
  if (error.name === 'GeneratorError') return new GeneratorError(error.message, error.position)
  if (error.name === 'JudgeSetupError') return new JudgeSetupError(error.message)
  const revived = new Error(error.message)
  revived.name = error.name
  return revived
}

/** The RELEASE_SYNC wasm, compiled once per process: workers receive the compiled module, not bytes. */
async function compileQuickJS(): Promise<WebAssembly.Module> {
  const require = createRequire(import.meta.url)
  const wasmPath = require.resolve('@jitl/quickjs-wasmfile-release-sync/wasm')
  return WebAssembly.compile(await readFile(wasmPath))
}

/**
 * Where the worker entry is: beside this file when running from source (tsx, Vitest), or
 * build/judge/worker.mjs when this module was bundled into the server build.
 */
function defaultWorkerScript(): URL {
  const candidates = [
    new URL('./worker.entry.mjs', import.meta.url),
    new URL('./judge/worker.mjs', import.meta.url),
    new URL('../judge/worker.mjs', import.meta.url),
  ]
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)))
  if (!found) {
    throw new Error(
      `No judge worker found (looked at ${candidates.map((c) => fileURLToPath(c)).join(', ')}). Run \`node scripts/build-judge-worker.mjs\`.`,
    )
  }
  return found
}
