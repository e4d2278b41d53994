import {
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
  /** The kill flag check; replaceable because a sandbox may be made before the run it serves. */
  shouldStop: (() => boolean) | undefined

  constructor(
    module: QuickJSWASMModule,
    private readonly limits: SandboxLimits,
  ) {
    this.shouldStop = limits.shouldStop
    this.runtime = module.newRuntime()
    try {
      this.runtime.setMemoryLimit(limits.memoryBytes)
      this.runtime.setMaxStackSize(limits.stackBytes)
      this.runtime.setInterruptHandler(() => this.onTick())
      this.context = this.runtime.newContext()
      this.loadCore()
    } catch (error) {
      this.runtime.dispose()
      throw error
    }
  }

  private loadCore(): void {
    const ctx = this.context
    const factory = ctx.evalCode(CORE_SOURCE, PRELUDE_FILENAME, { type: 'global', strict: true })
    if (factory.error) throw this.preludeFailure('load', factory.error)
    const print = ctx.newFunction('print', (text, length) =>
      this.onPrint(ctx.getString(text), ctx.getNumber(length)),
    )
    const seed = ctx.newNumber(this.limits.seed)
    const fixedNow = ctx.newNumber(this.limits.fixedNow)
    // The lazy parts are fetched by name only when the core first needs them.
    const source = ctx.newFunction('source', (name) =>
      ctx.newString(LAZY_SOURCES[ctx.getString(name)] ?? ''),
    )
    const made = ctx.callFunction(factory.value, ctx.undefined, print, seed, fixedNow, source)
    for (const handle of [factory.value, print, seed, fixedNow, source]) handle.dispose()
    if (made.error) throw this.preludeFailure('start', made.error)
    this.adopt(made.value, CORE_FUNCTIONS)
  }

  private adopt(api: QuickJSHandle, names: readonly GuestFunction[]): void {
    for (const name of names) this.api.set(name, this.context.getProp(api, name))
    api.dispose()
  }

  /** Compiles the rarely needed harness functions on first use (uncharged). */
  private loadExtra(): void {
    const loaded = this.callApi('load', ['extra'])
    if (!loaded.ok) throw this.preludeFailure('load its extras', loaded.error)
    this.adopt(loaded.value, EXTRA_FUNCTIONS)
  }

  /** The harness's own code failed: a bug or an exhausted runtime, never the candidate's doing. */
  private preludeFailure(stage: string, error: QuickJSHandle): Error {
    const detail = JSON.stringify(this.context.dump(error))
    error.dispose()
    return new Error(`The judge prelude failed to ${stage}: ${detail}`)
  }

  private onTick(): boolean {
    this.ticks++
    if (this.charging) this.charged++
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
        const result = this.runtime.executePendingJobs(JOB_BATCH)
        if (result.error) return { ok: false, error: result.error }
        result.dispose()
        if (!this.runtime.hasPendingJob() || this.reason !== null) return { ok: true }
      }
    } finally {
      this.charging = false
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

  /** Describes a thrown value from inside the sandbox (safely: getters on it may throw or loop). */
  describe(error: QuickJSHandle): GuestError {
    const described = this.callApi('describe', [error])
    if (!described.ok) {
      described.error.dispose()
      return { kind: 'unknown', name: '', message: '', stack: '' }
    }
    try {
      return JSON.parse(this.takeString(described.value)) as GuestError
    } catch {
      return { kind: 'unknown', name: '', message: '', stack: '' }
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
    for (const handle of this.api.values()) if (handle.alive) handle.dispose()
    this.context.dispose()
    this.runtime.dispose()
  }
}

const JOB_BATCH = 256

/** Characters of console output kept per test (the result shows 500; the rest is slack for cutting). */
const OUTPUT_KEPT = 1000
