import { type QuickJSHandle, type QuickJSWASMModule } from 'quickjs-emscripten-core'
import { isHostFailure, Sandbox } from '~/judge/sandbox'
import { NODE_PRELUDE, NODE_PRELUDE_FILENAME } from './node-prelude'
import { type Body } from './types'

/** What a node asked for during one step, in order. */
export type NodeAction =
  | ['s', string, Body]
  | ['t', number, number, string]
  | ['c', number]
  | ['l', string]
  | ['e', string, string, string, string, 0 | 1]
  | ['u', string, string]

/** Why a node's step could not finish: a limit, or a failure of the runtime itself. */
export type NodeFailure =
  | { kind: 'ticks' }
  | { kind: 'wall' }
  | { kind: 'output' }
  | { kind: 'memory' }
  | { kind: 'stack' }
  | { kind: 'killed' }
  | { kind: 'internal'; detail: string }

export type StepOutcome = { ok: true; actions: NodeAction[] } | { ok: false; failure: NodeFailure }

export interface NodeRuntimeOptions {
  /** The candidate's compiled JavaScript and the file name its stack frames carry. */
  js: string
  filename: string
  seed: number
  /** Date.now() at virtual time 0. */
  epoch: number
  memoryBytes: number
  stackBytes: number
  outputChars: number
  /** Absolute performance.now() deadline (the wall-clock backstop). */
  deadline: number
  /** Called at every tick; returns true to stop (the tick budget, or an external kill flag). */
  onTick: () => boolean
  /** Tells the tick budget apart from an external kill. */
  overBudget: () => boolean
}

/**
 * One incarnation of a node: a fresh QuickJS runtime + context (its own heap, memory limit and tick
 * counter), the node prelude, then the candidate's code. A crash disposes it; a restart makes a new one.
 */
export class NodeRuntime {
  private readonly sandbox: Sandbox
  private readonly api: {
    start: QuickJSHandle
    deliver: QuickJSHandle
    fire: QuickJSHandle
    flush: QuickJSHandle
  }
  private main: QuickJSHandle | undefined
  private disposed = false
  /** What the candidate's code threw while loading, for a sentence with its line. */
  private lastLoadError: LoadError | undefined

  private constructor(
    sandbox: Sandbox,
    api: NodeRuntime['api'],
    private readonly options: NodeRuntimeOptions,
  ) {
    this.sandbox = sandbox
    this.api = api
  }

  /**
   * Creates the runtime and evaluates the candidate's code. A throw at the top level or a missing
   * `main` is reported by `boot` as a fatal error action, so it reaches the trace like any other.
   */
  static create(
    module: QuickJSWASMModule,
    options: NodeRuntimeOptions,
  ):
    | { ok: true; runtime: NodeRuntime }
    | { ok: false; failure: NodeFailure; loadError?: LoadError } {
    const sandbox = new Sandbox(module, {
      memoryBytes: options.memoryBytes,
      stackBytes: options.stackBytes,
      outputChars: options.outputChars,
      seed: options.seed,
      fixedNow: options.epoch,
      shouldStop: options.onTick,
    })
    // A stop that lands before the candidate's code (the run's budget or a kill) ends the boot like any other.
    const stopped = (error?: QuickJSHandle) => {
      const failure = interruption(sandbox, options)
      if (!failure) return undefined
      error?.dispose()
      sandbox.dispose()
      return { ok: false as const, failure }
    }
    try {
      sandbox.limit({ deadline: options.deadline, totalDeadline: Infinity })
      const early = stopped()
      if (early) return early
      const ctx = sandbox.context
      const factory = sandbox.evaluate(NODE_PRELUDE, NODE_PRELUDE_FILENAME, false)
      if (!factory.ok) {
        const stop = stopped(factory.error)
        if (stop) return stop
        throw new Error(`the node prelude failed to load: ${dumpError(sandbox, factory.error)}`)
      }
      const epoch = ctx.newNumber(options.epoch)
      const made = ctx.callFunction(factory.value, ctx.undefined, epoch)
      epoch.dispose()
      factory.value.dispose()
      if (made.error) {
        const stop = stopped(made.error)
        if (stop) return stop
        throw new Error(`the node prelude failed to start: ${dumpError(sandbox, made.error)}`)
      }
      const api = {
        start: ctx.getProp(made.value, 'start'),
        deliver: ctx.getProp(made.value, 'deliver'),
        fire: ctx.getProp(made.value, 'fire'),
        flush: ctx.getProp(made.value, 'flush'),
      }
      made.value.dispose()
      const runtime = new NodeRuntime(sandbox, api, options)
      const loaded = runtime.load()
      if (!loaded.ok) {
        runtime.dispose()
        return loaded
      }
      return { ok: true, runtime }
    } catch (error) {
      // The caller treats the module as poisoned when the error came from WASM; disposing it could abort.
      if (!isHostFailure(error)) sandbox.dispose()
      throw error
    }
  }

  private load(): { ok: true } | { ok: false; failure: NodeFailure; loadError?: LoadError } {
    const sandbox = this.sandbox
    const loaded = sandbox.evaluate(this.options.js, this.options.filename, true)
    if (!loaded.ok) {
      const failure = this.classify(loaded.error)
      if (failure.kind !== 'internal') return { ok: false, failure }
      return { ok: false, failure, loadError: this.lastLoadError! }
    }
    loaded.value.dispose()
    const drained = sandbox.drainJobs(true)
    if (!drained.ok) return { ok: false, failure: this.classify(drained.error) }
    if (sandbox.reason) return { ok: false, failure: this.classify(undefined) }
    const found = sandbox.evaluate(
      `typeof main === 'function' ? main : undefined`,
      'drill:entry',
      false,
    )
    if (!found.ok) return { ok: false, failure: this.classify(found.error) }
    this.main = found.value
    return { ok: true }
  }

  /** Runs `main(node)` at virtual time `t` (ms). */
  boot(t: number): StepOutcome {
    const main = this.main!
    const outcome = this.step(this.api.start, [main, t])
    main.dispose()
    this.main = undefined
    return outcome
  }

  /** Delivers a message (its JSON text) at virtual time `t`. */
  deliver(json: string, t: number): StepOutcome {
    return this.step(this.api.deliver, [json, t])
  }

  /** Fires the node's timer `id` at virtual time `t`. */
  fire(id: number, t: number): StepOutcome {
    return this.step(this.api.fire, [id, t])
  }

  /** Every tick this incarnation has used. */
  get ticks(): number {
    return this.sandbox.ticks
  }

  private step(fn: QuickJSHandle, args: Array<string | number | QuickJSHandle>): StepOutcome {
    const sandbox = this.sandbox
    const ctx = sandbox.context
    const created: QuickJSHandle[] = []
    const handles = args.map((arg) => {
      if (typeof arg === 'string') return created[created.push(ctx.newString(arg)) - 1]!
      if (typeof arg === 'number') return created[created.push(ctx.newNumber(arg)) - 1]!
      return arg
    })
    sandbox.charging = true
    let first: string
    try {
      const result = ctx.callFunction(fn, ctx.undefined, ...handles)
      if (result.error) return { ok: false, failure: this.classify(result.error) }
      first = sandbox.takeString(result.value)
    } finally {
      sandbox.charging = false
      for (const handle of created) handle.dispose()
    }
    let more = ''
    if (sandbox.runtime.hasPendingJob()) {
      const drained = sandbox.drainJobs(true)
      if (!drained.ok) return { ok: false, failure: this.classify(drained.error) }
      if (sandbox.reason) return { ok: false, failure: this.classify(undefined) }
      const flushed = ctx.callFunction(this.api.flush, ctx.undefined)
      if (flushed.error) return { ok: false, failure: this.classify(flushed.error) }
      more = sandbox.takeString(flushed.value)
    }
    if (sandbox.outputOverflowed) return { ok: false, failure: { kind: 'output' } }
    const actions: NodeAction[] = []
    try {
      if (first !== '') for (const action of JSON.parse(first) as NodeAction[]) actions.push(action)
      if (more !== '') for (const action of JSON.parse(more) as NodeAction[]) actions.push(action)
    } catch {
      return {
        ok: false,
        failure: { kind: 'internal', detail: 'the node runtime returned malformed actions' },
      }
    }
    const output = sandbox.takeOutput()
    if (output !== '') {
      for (const line of output.replace(/\n$/, '').split('\n')) actions.push(['l', line])
    }
    return { ok: true, actions }
  }

  /** Why a guest call failed: the interrupt handler's reason, or the thrown value. */
  private classify(error: QuickJSHandle | undefined): NodeFailure {
    const sandbox = this.sandbox
    const stopped = interruption(sandbox, this.options)
    if (stopped) {
      error?.dispose()
      return stopped
    }
    if (!error) return { kind: 'internal', detail: 'the node stopped without an error' }
    let info: ReturnType<Sandbox['describe']>
    try {
      info = sandbox.describe(error)
    } catch {
      // Describing needs memory too; with none left the harness itself fails.
      info = { kind: 'unknown', name: '', message: '', stack: '' }
    } finally {
      if (error.alive) error.dispose()
    }
    if (info.name === 'InternalError' && /out of memory|string too long/.test(info.message))
      return { kind: 'memory' }
    if (info.name === 'InternalError' && /stack overflow/.test(info.message))
      return { kind: 'stack' }
    if (info.kind === 'unknown') return { kind: 'memory' }
    this.lastLoadError = {
      name: info.name,
      message: info.message,
      stack: info.stack,
      kind: info.kind,
    }
    return { kind: 'internal', detail: `${info.name}: ${info.message}` }
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    if (this.main?.alive) this.main.dispose()
    for (const handle of Object.values(this.api)) if (handle.alive) handle.dispose()
    this.sandbox.dispose()
  }
}

/** Why the interrupt handler (or the output cap) stopped the node, if it did. */
function interruption(
  sandbox: Sandbox,
  options: Pick<NodeRuntimeOptions, 'overBudget'>,
): NodeFailure | undefined {
  const reason = sandbox.reason ?? (sandbox.outputOverflowed ? 'output' : null)
  if (reason === null) return undefined
  if (reason === 'output') return { kind: 'output' }
  if (reason === 'deadline' || reason === 'total') return { kind: 'wall' }
  if (reason === 'killed') return options.overBudget() ? { kind: 'ticks' } : { kind: 'killed' }
  return { kind: 'ticks' }
}

/** The candidate's code threw while loading (top level, before `main`). */
export interface LoadError {
  kind: string
  name: string
  message: string
  stack: string
}

function dumpError(sandbox: Sandbox, error: QuickJSHandle): string {
  try {
    return JSON.stringify(sandbox.context.dump(error))
  } finally {
    error.dispose()
  }
}
