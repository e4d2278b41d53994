import { type QuickJSHandle, type QuickJSWASMModule } from 'quickjs-emscripten-core'
import { compareAnswer } from './compare'
import { compileSubmission, syntaxMessage, type CompileOutcome } from './compile'
import { messages, preview, testLabel } from './messages'
import { ENGINE_DEFAULTS, GeneratorError, JudgeSetupError } from './limits'
import { loadQuickJS } from './quickjs'
import { assembleResult, executionOrder, skippedResult, withName } from './results'
import { type GuestError, type GuestOutcome, Sandbox } from './sandbox'
import {
  type GeneratedCase,
  type GenerateRequest,
  type JudgeProblem,
  type JudgeRequest,
  type JudgeResult,
  type JudgeTest,
  type Language,
  type SourcePosition,
  type TestResult,
  type TestStatus,
} from './types'

export { ENGINE_DEFAULTS, GeneratorError, JudgeSetupError } from './limits'

/** Submissions longer than this are refused before compiling. */
const MAX_CODE_CHARS = 200_000
/** Recently compiled submissions: "Run" then "Submit", or a resubmission, compiles the same text again. */
const COMPILED_KEPT = 64
const compiled = new Map<string, CompileOutcome>()

function compileCached(code: string, language: Language): CompileOutcome {
  const key = `${language}:${code}`
  let outcome = compiled.get(key)
  if (outcome) compiled.delete(key)
  else outcome = compileSubmission(code, language)
  compiled.set(key, outcome)
  if (compiled.size > COMPILED_KEPT) compiled.delete(compiled.keys().next().value!)
  return outcome
}

/** Output shown per test, in characters. */
const OUTPUT_SHOWN = 500
/** Visible input/expected/actual above this many JSON characters are replaced by a preview string. */
const VISIBLE_VALUE_CHARS = 20_000

export interface EngineOptions {
  /** A compiled RELEASE_SYNC module to instantiate (shared by workers); else the variant loads its own file. */
  wasmModule?: WebAssembly.Module
  /** Hard cap of the WASM linear memory (default 256 MB). */
  maxMemoryBytes?: number
  /** QuickJS heap limit per submission runtime (default 128 MB). */
  runtimeMemoryBytes?: number
  /** QuickJS stack limit (default 1 MB). */
  stackBytes?: number
  /** Console output allowed per submission, in characters (default 64 000). */
  outputChars?: number
}

export interface JudgeHooks {
  /** Called before a test starts (index into `problem.tests`); the first one also covers loading the code. */
  onTestStart?(index: number): void
  onTestEnd?(index: number, result: TestResult): void
  /** Polled at every tick: return true to stop the running code (a shared kill flag). */
  shouldStop?(): boolean
}

export interface EngineHealth {
  /** A WASM exception or failed dispose happened: never use this module again. */
  poisoned: boolean
  /** Current size of the WASM linear memory (it never shrinks). */
  memoryBytes: number
}

export interface JudgeEngine {
  /** Judges a submission against every test in the request. Throws `JudgeSetupError` for a malformed problem. */
  judge(request: JudgeRequest, hooks?: JudgeHooks): JudgeResult
  /**
   * Prepares the next submission's fresh runtime + context ahead of time (call it while idle): it is
   * never used for more than one submission, so this moves ~1 ms off the critical path without sharing.
   */
  warm(): void
  /** Runs a test generator. Throws `GeneratorError` when it fails or returns the wrong shape. */
  generate(request: GenerateRequest, hooks?: Pick<JudgeHooks, 'shouldStop'>): GeneratedCase
  health(): EngineHealth
}

/** Loads one QuickJS module and returns an engine that judges submissions with it, one at a time. */
export async function createJudgeEngine(options: EngineOptions = {}): Promise<JudgeEngine> {
  const settings = {
    maxMemoryBytes: options.maxMemoryBytes ?? ENGINE_DEFAULTS.maxMemoryBytes,
    runtimeMemoryBytes: options.runtimeMemoryBytes ?? ENGINE_DEFAULTS.runtimeMemoryBytes,
    stackBytes: options.stackBytes ?? ENGINE_DEFAULTS.stackBytes,
    outputChars: options.outputChars ?? ENGINE_DEFAULTS.outputChars,
  }
  const { module, memory } = await loadQuickJS({
    wasmModule: options.wasmModule,
    maxMemoryBytes: settings.maxMemoryBytes,
  })
  const state: { poisoned: boolean; spare?: Sandbox } = { poisoned: false }
  const nearMemoryCap = () => memory.buffer.byteLength >= settings.maxMemoryBytes * 0.9
  const candidateLimits = (seed: number) => ({
    memoryBytes: settings.runtimeMemoryBytes,
    stackBytes: settings.stackBytes,
    outputChars: settings.outputChars,
    seed,
    fixedNow: ENGINE_DEFAULTS.fixedNow,
  })
  const sandboxFor = (request: JudgeRequest, hooks: JudgeHooks): Sandbox => {
    const seed = request.seed ?? ENGINE_DEFAULTS.seed
    const spare = state.spare
    state.spare = undefined
    if (spare && seed === ENGINE_DEFAULTS.seed) {
      spare.shouldStop = hooks.shouldStop
      return spare
    }
    spare?.dispose()
    return new Sandbox(module, { ...candidateLimits(seed), shouldStop: hooks.shouldStop })
  }
  return {
    judge(request, hooks = {}) {
      if (state.poisoned)
        throw new Error(
          'This judge engine is poisoned by an earlier WASM failure; start a new one.',
        )
      validateProblem(request.problem)
      const run = new SubmissionRun(
        settings,
        request,
        hooks,
        nearMemoryCap,
        () => sandboxFor(request, hooks),
        module,
      )
      try {
        return run.execute()
      } finally {
        if (run.poisoned) state.poisoned = true
      }
    },
    warm() {
      if (state.poisoned || state.spare) return
      try {
        state.spare = new Sandbox(module, candidateLimits(ENGINE_DEFAULTS.seed))
      } catch {
        state.poisoned = true
      }
    },
    generate(request, hooks = {}) {
      if (state.poisoned)
        throw new Error(
          'This judge engine is poisoned by an earlier WASM failure; start a new one.',
        )
      const outcome = runGenerator(module, settings, request, hooks, nearMemoryCap)
      if (outcome.poisoned) state.poisoned = true
      if ('error' in outcome) throw outcome.error
      return outcome.generated
    },
    health() {
      return { poisoned: state.poisoned, memoryBytes: memory.buffer.byteLength }
    },
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

function validateProblem(problem: JudgeProblem): void {
  const fail = (message: string): never => {
    throw new JudgeSetupError(message)
  }
  if (!IDENTIFIER.test(problem.entry))
    fail(`The entry "${problem.entry}" is not a JavaScript identifier.`)
  if (problem.tests.length === 0) fail('The problem has no tests.')
  const ids = new Set<number>()
  for (const test of problem.tests) {
    if (!Number.isInteger(test.id) || test.id < 1)
      fail(`Test id ${String(test.id)} must be a positive integer.`)
    if (ids.has(test.id)) fail(`Test id ${test.id} appears twice.`)
    ids.add(test.id)
    if (problem.harness === 'function' && !Array.isArray(test.args))
      fail(`Test ${test.id} needs an "args" list.`)
    if (problem.harness === 'class') {
      const ops = test.ops
      if (!Array.isArray(ops) || ops.length === 0 || !ops.every(Array.isArray))
        fail(`Test ${test.id} needs "ops", a list of operations.`)
      if (ops![0]![0] !== 'new')
        fail(`Test ${test.id}: the first operation must be ["new", ...constructor arguments].`)
      if (!ops!.slice(1).every((op) => typeof op[0] === 'string' && op[0] !== ''))
        fail(`Test ${test.id}: every operation after "new" starts with a method name.`)
      if (
        problem.comparator.kind !== 'checker' &&
        test.expected !== undefined &&
        (!Array.isArray(test.expected) || test.expected.length !== ops!.length)
      ) {
        fail(`Test ${test.id}: "expected" needs one entry per operation (${ops!.length}).`)
      }
    }
    if (test.budget !== undefined && !(test.budget >= 0))
      fail(`Test ${test.id}: the budget must be a number of ticks.`)
  }
  if (problem.comparator.kind === 'float' && !(problem.comparator.tolerance >= 0))
    fail('The float comparator needs a tolerance ≥ 0.')
  if (problem.comparator.kind === 'checker' && !problem.checker)
    fail('The checker comparator needs checker source.')
  for (const type of [...(problem.params ?? []), problem.returns ?? 'json']) {
    if (type !== 'json' && type !== 'list' && type !== 'tree')
      fail(`Unknown value type "${String(type)}".`)
  }
}

interface Settings {
  runtimeMemoryBytes: number
  stackBytes: number
  outputChars: number
}

type Failure = { status: TestStatus; message: string; position?: SourcePosition }

const round = (ms: number) => Math.round(ms * 100) / 100
const now = () => performance.now()

/** One submission: a fresh runtime + context, the code loaded once, then every test in execution order. */
class SubmissionRun {
  poisoned = false
  private readonly problem: JudgeProblem
  private readonly tests: JudgeTest[]
  private readonly results: Array<TestResult | undefined>
  private readonly started = now()
  private readonly totalMs: number
  private readonly totalDeadline: number
  private sandbox: Sandbox | undefined
  private checker: CheckerRun | undefined
  private entry: QuickJSHandle | undefined
  private toSource: (position: SourcePosition) => SourcePosition = (position) => position
  private filename = 'solution.js'
  private current = -1
  private currentStarted = 0

  constructor(
    private readonly settings: Settings,
    private readonly request: JudgeRequest,
    private readonly hooks: JudgeHooks,
    private readonly nearMemoryCap: () => boolean,
    private readonly makeSandbox: () => Sandbox,
    private readonly module: QuickJSWASMModule,
  ) {
    this.problem = request.problem
    this.tests = request.problem.tests
    this.results = this.tests.map(() => undefined)
    this.totalMs = request.totalTimeMs ?? ENGINE_DEFAULTS.totalTimeMs
    this.totalDeadline = this.started + this.totalMs
  }

  execute(): JudgeResult {
    if (this.request.code.length > MAX_CODE_CHARS) {
      return this.compileError(
        `Your code is ${Math.round(this.request.code.length / 1000)} KB; the limit is ${MAX_CODE_CHARS / 1000} KB.`,
      )
    }
    const compiled = compileCached(this.request.code, this.request.language)
    if (!compiled.ok) return this.compileError(compiled.message, compiled.position)
    this.toSource = compiled.toSource
    this.filename = compiled.filename
    try {
      this.sandbox = this.makeSandbox()
      return this.runAll(compiled.js)
    } catch (error) {
      if (error instanceof JudgeSetupError) throw error
      this.poisoned = true
      return this.afterHostFailure(error)
    } finally {
      // A module that failed inside WASM may abort on dispose; it is discarded instead.
      if (!this.poisoned) this.dispose()
    }
  }

  private runAll(js: string): JudgeResult {
    const sandbox = this.sandbox!
    const order = executionOrder(this.tests)
    const first = order[0]!
    const configured = sandbox.callApi('configure', [
      JSON.stringify(this.problem.params ?? []),
      this.problem.returns ?? 'json',
    ])
    if (!configured.ok)
      throw new Error(
        `The harness could not be configured: ${JSON.stringify(sandbox.describe(configured.error))}`,
      )
    configured.value.dispose()
    this.begin(first)
    const check = sandbox.check(js, this.filename)
    if (!check.ok) {
      const info = sandbox.describe(check.error)
      const position = this.userPosition(info.stack)
      if (info.name === 'SyntaxError' && position)
        return this.compileError(syntaxMessage(position, info.message), position)
      return this.compileError(
        `Your code could not be compiled: ${info.name}: ${info.message}.`,
        position,
      )
    }
    check.value.dispose()

    const loadFailure = this.load(js)
    if (loadFailure) {
      const test = this.tests[first]!
      const failure = {
        ...loadFailure,
        message: messages.duringLoad(loadFailure.message.replace(`${testLabel(test)}: `, '')),
      }
      this.record(first, this.resultOf(test, failure, undefined))
      return this.finish('your code failed while loading')
    }
    if (!this.entry) {
      return this.compileError(messages.missingEntry(this.problem.entry, this.problem.harness))
    }

    let stopWhy: string | undefined
    for (const [position, index] of order.entries()) {
      if (stopWhy) break
      if (position > 0) this.begin(index)
      const test = this.tests[index]!
      const result =
        this.problem.harness === 'class' ? this.runClassTest(test) : this.runFunctionTest(test)
      this.record(index, result)
      stopWhy = this.stopReason(result)
    }
    return this.finish(stopWhy)
  }

  private begin(index: number): void {
    this.current = index
    this.currentStarted = now()
    this.hooks.onTestStart?.(index)
    const test = this.tests[index]!
    const sandbox = this.sandbox!
    sandbox.resetCharge()
    sandbox.limit({
      deadline: this.currentStarted + (test.timeMs ?? ENGINE_DEFAULTS.testTimeMs),
      totalDeadline: this.totalDeadline,
      budget: test.budget,
    })
  }

  /** Evaluates the candidate's code and finds the entry; its cost is charged to the first test. */
  private load(js: string): Failure | undefined {
    const sandbox = this.sandbox!
    const test = this.tests[this.current]!
    const loaded = sandbox.evaluate(js, this.filename, true)
    if (!loaded.ok) return this.failure(test, loaded.error)
    loaded.value.dispose()
    const drained = sandbox.drainJobs(true)
    if (!drained.ok) return this.failure(test, drained.error)
    if (sandbox.reason) return this.failure(test, undefined)
    const name = this.problem.entry
    const found = sandbox.evaluate(
      `typeof ${name} === 'undefined' ? undefined : ${name}`,
      'drill:entry',
      true,
    )
    if (!found.ok) return this.failure(test, found.error)
    if (sandbox.context.typeof(found.value) === 'function') this.entry = found.value
    else found.value.dispose()
    return undefined
  }

  private runFunctionTest(test: JudgeTest): TestResult {
    const sandbox = this.sandbox!
    const called = sandbox.callApi('run', [this.entry!, JSON.stringify(test.args)], true)
    if (!called.ok) return this.resultOf(test, this.failure(test, called.error), undefined)
    let value = called.value
    const drained = sandbox.drainJobs(true)
    if (!drained.ok || sandbox.reason || sandbox.outputOverflowed) {
      value.dispose()
      return this.resultOf(
        test,
        this.failure(test, drained.ok ? undefined : drained.error),
        undefined,
      )
    }
    if (sandbox.context.typeof(value) !== 'string') {
      // An async function: run() handed back its promise instead of a serialized value.
      const state = sandbox.context.getPromiseState(value)
      if (state.type === 'pending') {
        value.dispose()
        return this.resultOf(
          test,
          { status: 'runtime_error', message: messages.pendingPromise(test) },
          undefined,
        )
      }
      if (state.type === 'rejected') {
        value.dispose()
        return this.resultOf(test, this.failure(test, state.error), undefined)
      }
      if (!state.notAPromise) {
        value.dispose()
        value = state.value
      }
      const serialized = sandbox.callApi('serialize', [value], true)
      value.dispose()
      if (!serialized.ok)
        return this.resultOf(test, this.failure(test, serialized.error), undefined)
      value = serialized.value
    }
    const json = sandbox.takeString(value)
    if (json.startsWith('!')) {
      return this.resultOf(
        test,
        { status: 'wrong_answer', message: messages.unreadable(test, json.slice(1)) },
        undefined,
      )
    }
    const actual: unknown = JSON.parse(json)
    return this.resultOf(test, this.judgeAnswer(test, actual), actual)
  }

  private runClassTest(test: JudgeTest): TestResult {
    const sandbox = this.sandbox!
    const ops = test.ops!
    const called = sandbox.callApi('runOps', [this.entry!, JSON.stringify(ops)], true)
    const drained = called.ok ? sandbox.drainJobs(true) : ({ ok: true } as const)
    if (!called.ok || !drained.ok || sandbox.reason || sandbox.outputOverflowed) {
      const op = called.ok ? -1 : sandbox.currentOperation()
      if (called.ok) called.value.dispose()
      const error = !called.ok ? called.error : !drained.ok ? drained.error : undefined
      const failure = this.failure(test, error)
      return this.resultOf(test, op > 0 ? this.atOperation(test, failure, op) : failure, undefined)
    }
    const json = sandbox.takeString(called.value)
    if (json.startsWith('!')) {
      const [, op, problem] = /^!(\d+)!([\s\S]*)$/.exec(json) ?? ['', '0', json.slice(1)]
      const index = Number(op)
      return this.resultOf(
        test,
        {
          status: 'wrong_answer',
          message: messages.unreadableOperation(test, index, String(ops[index]?.[0]), problem!),
        },
        undefined,
      )
    }
    const actual = JSON.parse(json) as unknown[]
    if (this.problem.comparator.kind === 'checker' || test.expected === undefined) {
      return this.resultOf(test, this.judgeAnswer(test, actual), actual)
    }
    const expected = test.expected as unknown[]
    for (let i = 0; i < ops.length; i++) {
      if (!compareAnswer(this.problem.comparator, expected[i], actual[i])) {
        const message = messages.wrongOperation(test, i, String(ops[i]![0]), expected[i], actual[i])
        return this.resultOf(test, { status: 'wrong_answer', message }, actual)
      }
    }
    return this.resultOf(test, undefined, actual)
  }

  private atOperation(test: JudgeTest, failure: Failure, op: number): Failure {
    const label = testLabel(test)
    const name = String(test.ops![op]?.[0] ?? '')
    return {
      ...failure,
      message: failure.message.replace(label, `${label}, operation ${op + 1} (${name})`),
    }
  }

  /** Compares an answer; `undefined` when accepted. */
  private judgeAnswer(test: JudgeTest, actual: unknown): Failure | undefined {
    if (test.expected === undefined) return undefined
    if (this.problem.comparator.kind === 'checker') {
      this.checker ??= new CheckerRun(this.module, this.problem.checker!, this.settings)
      const input = this.problem.harness === 'class' ? test.ops : test.args
      const verdict = this.checker.check(
        input,
        test.expected,
        actual,
        test.timeMs ?? ENGINE_DEFAULTS.testTimeMs,
      )
      if (verdict.ok) return undefined
      if ('failed' in verdict)
        return { status: 'wrong_answer', message: messages.checkerFailed(test, verdict.failed) }
      return { status: 'wrong_answer', message: messages.checkerRejected(test, verdict.reason) }
    }
    if (compareAnswer(this.problem.comparator, test.expected, actual)) return undefined
    return { status: 'wrong_answer', message: messages.wrongAnswer(test, test.expected, actual) }
  }

  /** Classifies why code stopped: a limit from the interrupt handler, or the thrown value. */
  private failure(test: JudgeTest, error: QuickJSHandle | undefined): Failure {
    const sandbox = this.sandbox!
    const reason = sandbox.reason ?? (sandbox.outputOverflowed ? 'output' : undefined)
    if (reason) {
      error?.dispose()
      const timeMs = test.timeMs ?? ENGINE_DEFAULTS.testTimeMs
      switch (reason) {
        case 'budget':
          return { status: 'time_limit', message: messages.overBudget(test, test.budget ?? 0) }
        case 'deadline':
          return { status: 'time_limit', message: messages.overTime(test, timeMs) }
        case 'total':
          return { status: 'time_limit', message: messages.overTotal(test, this.totalMs) }
        case 'killed':
          return { status: 'time_limit', message: messages.killed(test) }
        case 'output':
          return {
            status: 'output_limit',
            message: messages.outputLimit(test, this.settings.outputChars),
          }
      }
    }
    if (!error)
      return { status: 'runtime_error', message: messages.threw(test, 'Error', 'unknown failure') }
    return this.classifyThrown(test, sandbox.describe(error))
  }

  private classifyThrown(test: JudgeTest, info: GuestError): Failure {
    const position = this.userPosition(info.stack)
    if (info.kind === 'unknown') {
      if (this.nearMemoryCap())
        return { status: 'memory_limit', message: messages.outOfMemory(test) }
      return {
        status: 'runtime_error',
        message: messages.threwValue(test, 'something that could not be read'),
        position,
      }
    }
    if (info.kind === 'error' && info.name === 'InternalError') {
      if (/out of memory|string too long/.test(info.message))
        return { status: 'memory_limit', message: messages.outOfMemory(test) }
      if (/stack overflow/.test(info.message))
        return { status: 'runtime_error', message: messages.stackOverflow(test), position }
    }
    if (info.kind === 'error') {
      const where = position ? ` (line ${position.line})` : ''
      return {
        status: 'runtime_error',
        message: `${messages.threw(test, info.name || 'Error', cut(info.message, 300))}${where}.`,
        position,
      }
    }
    return {
      status: 'runtime_error',
      message: messages.threwValue(test, cut(info.message, 300)),
      position,
    }
  }

  /** The innermost stack frame in the candidate's file, mapped back to their source. */
  private userPosition(stack: string): SourcePosition | undefined {
    const escaped = this.filename.replace('.', '\\.')
    const match = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack)
    if (!match) return undefined
    return this.toSource({ line: Number(match[1]), column: Number(match[2] ?? 1) })
  }

  private resultOf(test: JudgeTest, failure: Failure | undefined, actual: unknown): TestResult {
    const sandbox = this.sandbox!
    const reveal = test.visible || this.request.revealHidden === true
    const output = sandbox.takeOutput()
    const result: TestResult = {
      id: test.id,
      status: failure?.status ?? 'accepted',
      cost: sandbox.charged,
      wallMs: round(now() - this.currentStarted),
      output: reveal ? output.slice(0, OUTPUT_SHOWN) : '',
    }
    if (test.budget !== undefined) result.budget = test.budget
    if (failure) result.message = failure.message
    if (failure?.position) result.position = failure.position
    if (reveal) {
      result.input = visibleValue(this.problem.harness === 'class' ? test.ops : test.args)
      if (test.expected !== undefined) result.expected = visibleValue(test.expected)
      if (actual !== undefined) result.actual = visibleValue(actual)
    }
    return withName(test, result)
  }

  private record(index: number, result: TestResult): void {
    this.results[index] = result
    this.hooks.onTestEnd?.(index, result)
  }

  /** Why the remaining tests should not run after this result, if they should not. */
  private stopReason(result: TestResult): string | undefined {
    const sandbox = this.sandbox!
    if (result.status === 'memory_limit') return `test ${result.id} ran out of memory`
    if (sandbox.reason === 'total') return 'the submission ran out of time'
    if (sandbox.reason === 'killed') return 'the judge stopped the submission'
    if (sandbox.reason !== null && sandbox.runtime.hasPendingJob())
      return `promise jobs started in test ${result.id} never finished`
    if (result.status === 'output_limit') return 'the console output limit was reached'
    if (this.request.stopOnFailure && result.status !== 'accepted')
      return `test ${result.id} failed`
    return undefined
  }

  private finish(skippedWhy = 'an earlier test stopped the run'): JudgeResult {
    return assembleResult(this.tests, this.results, now() - this.started, skippedWhy)
  }

  private compileError(message: string, position?: SourcePosition): JudgeResult {
    const tests = this.tests.map((test) => skippedResult(test, 'the code did not compile'))
    return {
      verdict: 'compile_error',
      cost: 0,
      timeMs: round(now() - this.started),
      tests,
      compileError: position ? { message, position } : { message },
    }
  }

  /** A WASM trap or a host stack overflow escaped QuickJS: the module is unusable after this. */
  private afterHostFailure(error: unknown): JudgeResult {
    if (this.current < 0) throw error
    const test = this.tests[this.current]!
    const stack = error instanceof RangeError && /call stack/i.test(error.message)
    const status: TestStatus = stack
      ? 'runtime_error'
      : this.nearMemoryCap()
        ? 'memory_limit'
        : 'runtime_error'
    const message = stack
      ? messages.stackOverflow(test)
      : status === 'memory_limit'
        ? messages.outOfMemory(test)
        : messages.sandboxFailure(test)
    this.results[this.current] = withName(test, {
      id: test.id,
      status,
      cost: this.sandbox?.charged ?? 0,
      wallMs: round(now() - this.currentStarted),
      output: '',
      message,
      ...(test.budget !== undefined ? { budget: test.budget } : {}),
    })
    return this.finish('the sandbox had to be restarted')
  }

  private dispose(): void {
    try {
      if (this.entry?.alive) this.entry.dispose()
      this.checker?.dispose()
      this.sandbox?.dispose()
    } catch {
      this.poisoned = true
    }
  }
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

function visibleValue(value: unknown): unknown {
  const json = JSON.stringify(value)
  if (json === undefined || json.length <= VISIBLE_VALUE_CHARS) return value
  return preview(value, 1000)
}

/** The author's checker in its own runtime + context: it never shares a heap with candidate code. */
class CheckerRun {
  private readonly sandbox: Sandbox
  private readonly checkFn: QuickJSHandle

  constructor(module: QuickJSWASMModule, source: string, settings: Settings) {
    const compiled = compileSubmission(source, 'typescript')
    if (!compiled.ok) throw new JudgeSetupError(`The checker does not compile: ${compiled.message}`)
    this.sandbox = new Sandbox(module, {
      memoryBytes: settings.runtimeMemoryBytes,
      stackBytes: settings.stackBytes,
      outputChars: Number.MAX_SAFE_INTEGER,
      seed: ENGINE_DEFAULTS.seed,
      fixedNow: ENGINE_DEFAULTS.fixedNow,
    })
    this.sandbox.limit({ deadline: now() + ENGINE_DEFAULTS.testTimeMs, totalDeadline: Infinity })
    const loaded = this.sandbox.evaluate(compiled.js, 'checker.ts', false)
    const found = loaded.ok
      ? this.sandbox.evaluate(
          `typeof check === 'undefined' ? undefined : check`,
          'drill:entry',
          false,
        )
      : loaded
    if (loaded.ok) loaded.value.dispose()
    if (!found.ok || this.sandbox.context.typeof(found.value) !== 'function') {
      const detail = found.ok
        ? 'it does not define a function named `check`'
        : describeBriefly(this.sandbox, found.error)
      if (found.ok) found.value.dispose()
      this.sandbox.dispose()
      throw new JudgeSetupError(`The checker failed to load: ${detail}.`)
    }
    this.checkFn = found.value
  }

  check(
    input: unknown,
    expected: unknown,
    actual: unknown,
    timeMs: number,
  ): { ok: true } | { ok: false; reason: string } | { ok: false; failed: string } {
    const sandbox = this.sandbox
    sandbox.limit({ deadline: now() + timeMs, totalDeadline: Infinity })
    const called = sandbox.callApi('callChecker', [
      this.checkFn,
      JSON.stringify(input ?? null),
      JSON.stringify(expected ?? null),
      JSON.stringify(actual ?? null),
    ])
    sandbox.takeOutput()
    if (!called.ok) {
      const detail = sandbox.reason
        ? `it ran past ${timeMs} ms`
        : describeBriefly(sandbox, called.error)
      if (sandbox.reason) called.error.dispose()
      return { ok: false, failed: detail }
    }
    const reason = sandbox.takeString(called.value)
    return reason === '' ? { ok: true } : { ok: false, reason }
  }

  dispose(): void {
    if (this.checkFn.alive) this.checkFn.dispose()
    this.sandbox.dispose()
  }
}

function describeBriefly(sandbox: Sandbox, error: QuickJSHandle): string {
  const info = sandbox.describe(error)
  return info.kind === 'error' ? `${info.name}: ${info.message}` : `it threw ${info.message}`
}

type GeneratorOutcome = { poisoned: boolean } & (
  | { generated: GeneratedCase }
  | { error: GeneratorError }
)

function runGenerator(
  module: QuickJSWASMModule,
  settings: Settings,
  request: GenerateRequest,
  hooks: Pick<JudgeHooks, 'shouldStop'>,
  nearMemoryCap: () => boolean,
): GeneratorOutcome {
  const wrapped = `(function (rng) {\n${request.source}\n})`
  const compiled = compileSubmission(wrapped, 'typescript')
  const lineOf = (position?: SourcePosition) =>
    position ? { line: Math.max(1, position.line - 1), column: position.column } : undefined
  if (!compiled.ok) {
    const position = lineOf(compiled.position)
    const message = compiled.message.replace(
      /\bline (\d+)/,
      (_, line: string) => `line ${Math.max(1, Number(line) - 1)}`,
    )
    return {
      poisoned: false,
      error: new GeneratorError(`The generator does not compile. ${message}`, position),
    }
  }
  const fail = (message: string, stack = '') => {
    const match = /generator\.ts:(\d+)(?::(\d+))?/.exec(stack)
    const position = match
      ? lineOf(compiled.toSource({ line: Number(match[1]), column: Number(match[2] ?? 1) }))
      : undefined
    return {
      poisoned: false,
      error: new GeneratorError(
        `The generator failed${position ? ` at line ${position.line}` : ''}: ${message}`,
        position,
      ),
    }
  }
  const timeMs = request.timeMs ?? ENGINE_DEFAULTS.generatorTimeMs
  const generateIn = (sandbox: Sandbox): GeneratorOutcome => {
    sandbox.limit({ deadline: now() + timeMs, totalDeadline: Infinity })
    const thrown = (error: QuickJSHandle) => {
      if (sandbox.reason) {
        error.dispose()
        return fail(`it ran past its limit of ${timeMs} ms`)
      }
      const info = sandbox.describe(error)
      if (info.kind === 'unknown' && nearMemoryCap()) return fail('it ran out of memory')
      return fail(
        info.kind === 'error' ? `${info.name}: ${info.message}` : `it threw ${info.message}`,
        info.stack,
      )
    }
    const made = sandbox.evaluate(compiled.js, 'generator.ts', false)
    if (!made.ok) return thrown(made.error)
    let called: GuestOutcome
    try {
      called = sandbox.callApi('generate', [made.value, request.seed])
    } finally {
      made.value.dispose()
    }
    if (!called.ok) return thrown(called.error)
    const json = sandbox.takeString(called.value)
    if (json.startsWith('!')) return fail(`its result ${json.slice(1)}`)
    return shapeGenerated(JSON.parse(json), request.harness, fail)
  }
  let sandbox: Sandbox
  let outcome: GeneratorOutcome
  try {
    sandbox = new Sandbox(module, {
      memoryBytes: settings.runtimeMemoryBytes,
      stackBytes: settings.stackBytes,
      outputChars: Number.MAX_SAFE_INTEGER,
      seed: request.seed,
      fixedNow: ENGINE_DEFAULTS.fixedNow,
      shouldStop: hooks.shouldStop,
    })
    outcome = generateIn(sandbox)
  } catch (error) {
    // A module that failed inside WASM may abort on dispose; it is discarded instead.
    const stack = error instanceof RangeError && /call stack/i.test(error.message)
    return {
      poisoned: true,
      error: new GeneratorError(
        `The generator crashed the sandbox (${stack ? 'stack overflow' : String(error)}).`,
      ),
    }
  }
  try {
    sandbox.dispose()
    return outcome
  } catch {
    // A failed dispose means the module's heap is inconsistent.
    return { ...outcome, poisoned: true }
  }
}

function shapeGenerated(
  value: unknown,
  harness: JudgeProblem['harness'],
  fail: (message: string) => GeneratorOutcome,
): GeneratorOutcome {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return fail('it must return an object like { args: [...] }')
  const record = value as Record<string, unknown>
  const extra = Object.keys(record).filter(
    (key) => key !== 'args' && key !== 'ops' && key !== 'expected',
  )
  if (extra.length > 0) return fail(`it returned unknown keys: ${extra.join(', ')}`)
  const generated: GeneratedCase = {}
  if (harness === 'function') {
    if (!Array.isArray(record.args))
      return fail('it must return { args: [...] } for a function problem')
    generated.args = record.args
  } else {
    const ops = record.ops
    if (
      !Array.isArray(ops) ||
      ops.length === 0 ||
      !ops.every(Array.isArray) ||
      (ops[0] as unknown[])[0] !== 'new'
    ) {
      return fail('it must return { ops: [["new", ...], [method, ...], ...] } for a class problem')
    }
    generated.ops = ops as unknown[][]
  }
  if ('expected' in record) generated.expected = record.expected
  return { poisoned: false, generated }
}
