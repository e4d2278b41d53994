import {
  type ExecutePendingJobsResult,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core'
import { CORE_SOURCE, EXTRA_SOURCE, LIBRARY_SOURCE, PRELUDE_FILENAME } from './prelude'

/** Why the interrupt handler stopped the code. `killed` comes from the host (watchdog, shutdown). */
export type InterruptReason = 'budget' | 'deadline' | 'total' | 'output' | 'killed'

export interface SandboxLimits {
  /** QuickJS heap limit for the runtime in bytes. */
  memoryBytes: number
  /** QuickJS stack limit in bytes. */
  stackBytes: number
  /** Total console output allowed, in characters, before `output_limit`. */
  outputChars: number
  /** Seed for Math.random. */
  seed: number
  /** What `Date.now()` and `new Date()` return. */
  fixedNow: number
  /** Polled at every tick; true stops the code (a kill flag shared with the host). */
  shouldStop?: () => boolean
}

export interface GuestError {
  kind: 'error' | 'object' | 'value' | 'unknown'
  name: string
  message: string
  stack: string
}

export type GuestOutcome = { ok: true; value: QuickJSHandle } | { ok: false; error: QuickJSHandle }

const LAZY_SOURCES: Record<string, string> = { library: LIBRARY_SOURCE, extra: EXTRA_SOURCE }
const CORE_FUNCTIONS = ['configure', 'run', 'serialize', 'load'] as const
const EXTRA_FUNCTIONS = ['describe', 'runOps', 'operation', 'generate', 'callChecker'] as const
export type GuestFunction = (typeof CORE_FUNCTIONS)[number] | (typeof EXTRA_FUNCTIONS)[number]

const now = () => performance.now()

/**
 * One fresh QuickJS runtime + context with the harness prelude loaded. Counts ticks (interrupt
 * handler calls): QuickJS calls the handler at a fixed cadence of interpreted work, so the count is
 * the deterministic cost. Only ticks inside a charging window count against a test.
 */
export class Sandbox {
  readonly runtime: QuickJSRuntime
  readonly context: QuickJSContext
  /** Every tick since creation. */
  ticks = 0
  /** Ticks inside charging windows since the last `resetCharge`. */
  charged = 0
  charging = false
  reason: InterruptReason | null = null
  private deadline = Infinity
  private deadlineReason: InterruptReason = 'deadline'
  private budget: number | undefined
  private outputUsed = 0
  private outputExceeded = false
  /** Output captured since the last `takeOutput`, at most `OUTPUT_KEPT` characters. */
  private output = ''
  private readonly api = new Map<GuestFunction, QuickJSHandle>()
  private starting = true
  /** The kill flag check; replaceable because a sandbox may be made before the run it serves. */
  shouldStop: (() => boolean) | undefined

  constructor(
    module: QuickJSWASMModule,
    private readonly limits: SandboxLimits,
  ) {
    this.shouldStop = limits.shouldStop
    this.runtime = module.newRuntime()
    let context: QuickJSContext | undefined
    try {
      this.runtime.setMemoryLimit(limits.memoryBytes)
      this.runtime.setMaxStackSize(limits.stackBytes)
      this.runtime.setInterruptHandler(() => this.onTick())
      context = this.runtime.newContext()
      this.context = context
      this.loadCore()
      this.starting = false
    } catch (error) {
      this.free(context)
      throw error
    }
  }

  private loadCore(): void {
    const ctx = this.context
    const factory = ctx.evalCode(CORE_SOURCE, PRELUDE_FILENAME, { type: 'global', strict: true })
    if (factory.error) throw this.preludeFailure('load', factory.error)
    const args: QuickJSHandle[] = []
    try {
      args.push(
        ctx.newFunction('print', (text, length) =>
          this.onPrint(ctx.getString(text), ctx.getNumber(length)),
        ),
        ctx.newNumber(this.limits.seed),
        ctx.newNumber(this.limits.fixedNow),
        // The lazy parts are fetched by name only when the core first needs them.
        ctx.newFunction('source', (name) => ctx.newString(LAZY_SOURCES[ctx.getString(name)] ?? '')),
      )
      const made = ctx.callFunction(factory.value, ctx.undefined, ...args)
      if (made.error) throw this.preludeFailure('start', made.error)
      this.adopt(made.value, CORE_FUNCTIONS)
    } finally {
      factory.value.dispose()
      for (const handle of args) handle.dispose()
    }
  }

  private adopt(api: QuickJSHandle, names: readonly GuestFunction[]): void {
    try {
      for (const name of names) this.api.set(name, this.context.getProp(api, name))
    } finally {
      api.dispose()
    }
  }

  /** Compiles the rarely needed harness functions on first use (uncharged). */
  private loadExtra(): void {
    const loaded = this.callApi('load', ['extra'])
    if (!loaded.ok) throw this.preludeFailure('load its extras', loaded.error)
    this.adopt(loaded.value, EXTRA_FUNCTIONS)
  }

  /** The harness's own code failed: a bug or an exhausted runtime, never the candidate's doing. */
  private preludeFailure(stage: string, error: QuickJSHandle): Error {
    try {
      return new Error(
        `The judge prelude failed to ${stage}: ${JSON.stringify(this.context.dump(error))}`,
      )
    } finally {
      error.dispose()
    }
  }

  private onTick(): boolean {
    this.ticks++
    if (this.charging) this.charged++
    // The prelude's start-up is never cut short, so making a sandbox cannot fail halfway: a stop asked
    // for now is kept, and the guest code that runs next is stopped at its first tick.
    if (this.starting) {
      if (this.reason === null && this.shouldStop?.()) this.reason = 'killed'
      return false
    }
    if (this.reason !== null) return true
    if (this.charging && this.budget !== undefined && this.charged > this.budget)
      this.reason = 'budget'
    else if (this.outputExceeded) this.reason = 'output'
    else if (this.shouldStop?.()) this.reason = 'killed'
    else if (now() > this.deadline) this.reason = this.deadlineReason
    return this.reason !== null
  }

  private onPrint(text: string, length: number): void {
    this.outputUsed += length
    if (this.outputUsed > this.limits.outputChars) {
      this.outputExceeded = true
      throw new Error('output limit exceeded')
    }
    if (this.output.length < OUTPUT_KEPT)
      this.output += `${text}\n`.slice(0, OUTPUT_KEPT - this.output.length)
  }

  /** Sets the wall-clock deadline (absolute `performance.now()` ms) and tick budget for what runs next. */
  limit(window: { deadline: number; totalDeadline: number; budget?: number }): void {
    this.deadline = Math.min(window.deadline, window.totalDeadline)
    this.deadlineReason = window.totalDeadline < window.deadline ? 'total' : 'deadline'
    this.budget = window.budget
    if (this.reason !== 'killed' && this.reason !== 'total') this.reason = null
  }

  /** Starts counting a new test's cost from zero. */
  resetCharge(): void {
    this.charged = 0
  }

  get outputOverflowed(): boolean {
    return this.outputExceeded
  }

  /** Returns and clears the output captured so far. */
  takeOutput(): string {
    const output = this.output
    this.output = ''
    return output
  }

  /** Parses without running; a syntax error comes back as the error. */
  check(code: string, filename: string): GuestOutcome {
    const result = this.context.evalCode(code, filename, { type: 'global', compileOnly: true })
    return result.error ? { ok: false, error: result.error } : { ok: true, value: result.value }
  }

  /** Runs a script in the global scope (never as a module, whatever its syntax). */
  evaluate(code: string, filename: string, charge: boolean): GuestOutcome {
    this.charging = charge
    try {
      const result = this.context.evalCode(code, filename, { type: 'global' })
      return result.error ? { ok: false, error: result.error } : { ok: true, value: result.value }
    } finally {
      this.charging = false
    }
  }

  /** Calls a harness function from the prelude with string/handle arguments. */
  callApi(
    name: GuestFunction,
    args: Array<string | number | QuickJSHandle>,
    charge = false,
  ): GuestOutcome {
    const ctx = this.context
    if (!this.api.has(name)) this.loadExtra()
    const created: QuickJSHandle[] = []
    const handles = args.map((arg) => {
      if (typeof arg === 'string') return created[created.push(ctx.newString(arg)) - 1]!
      if (typeof arg === 'number') return created[created.push(ctx.newNumber(arg)) - 1]!
      return arg
    })
    this.charging = charge
    try {
      const result = ctx.callFunction(this.api.get(name)!, ctx.undefined, ...handles)
      return result.error ? { ok: false, error: result.error } : { ok: true, value: result.value }
    } finally {
      this.charging = false
      for (const handle of created) handle.dispose()
    }
  }

  /** Runs queued promise jobs until none are left or the interrupt handler stops them. */
  drainJobs(charge: boolean): { ok: true } | { ok: false; error: QuickJSHandle } {
    if (!this.runtime.hasPendingJob()) return { ok: true }
    this.charging = charge
    try {
      for (;;) {
        // In batches: an interrupt stops only the job it lands in, and a job flood never empties the queue.
        const result = this.executeJobs(JOB_BATCH)
        if (result.error) return { ok: false, error: result.error }
        result.dispose()
        if (!this.runtime.hasPendingJob() || this.reason !== null) return { ok: true }
      }
    } finally {
      this.charging = false
    }
  }

  /**
   * quickjs-emscripten 0.32 reads which context ran the last job through a view of the WASM memory
   * taken before the jobs ran. A job that grows the memory detaches that view, and the library then
   * "wraps" the unreadable pointer with `newContext()`: a fresh context that nobody owns, which makes
   * JS_FreeRuntime abort when the runtime is disposed (justjake/quickjs-emscripten#269). Every job
   * runs in our one context, so that is the context handed back.
   */
  private executeJobs(max: number): ExecutePendingJobsResult {
    const runtime = this.runtime
    const newContext = runtime.newContext
    runtime.newContext = () => this.context
    try {
      return runtime.executePendingJobs(max)
    } finally {
      runtime.newContext = newContext
    }
  }

  /** Reads a string result from a harness call and frees the handle. */
  takeString(handle: QuickJSHandle): string {
    try {
      return this.context.typeof(handle) === 'string' ? this.context.getString(handle) : ''
    } finally {
      handle.dispose()
    }
  }

  /**
   * Describes a thrown value from inside the sandbox and frees its handle (safely: getters on it may
   * throw or loop, and the harness part that reads it may fail to load when the runtime is exhausted).
   */
  describe(error: QuickJSHandle): GuestError {
    try {
      const described = this.callApi('describe', [error])
      if (!described.ok) {
        described.error.dispose()
        return unknownError()
      }
      return JSON.parse(this.takeString(described.value)) as GuestError
    } catch (failure) {
      if (isHostFailure(failure)) throw failure
      return unknownError()
    } finally {
      if (error.alive) error.dispose()
    }
  }

  /** The class-harness operation that was running when an error escaped, or -1. */
  currentOperation(): number {
    const result = this.callApi('operation', [])
    if (!result.ok) {
      result.error.dispose()
      return -1
    }
    const op = this.context.getNumber(result.value)
    result.value.dispose()
    return op
  }

  dispose(): void {
    this.free(this.context)
  }

  /** Frees every handle the sandbox holds, then its context, then its runtime (in that order, or QuickJS aborts). */
  private free(context: QuickJSContext | undefined): void {
    for (const handle of this.api.values()) if (handle.alive) handle.dispose()
    this.api.clear()
    if (context?.alive) context.dispose()
    if (this.runtime.alive) this.runtime.dispose()
  }
}

/** An exception from the WASM module itself or the host's own stack: the module is unusable after it. */
export function isHostFailure(error: unknown): boolean {
  return error instanceof WebAssembly.RuntimeError || error instanceof RangeError
}

const unknownError = (): GuestError => ({ kind: 'unknown', name: '', message: '', stack: '' })

const JOB_BATCH = 256

/** Characters of console output kept per test (the result shows 500; the rest is slack for cutting). */
const OUTPUT_KEPT = 1000
