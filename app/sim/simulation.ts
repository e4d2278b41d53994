import { type QuickJSWASMModule } from 'quickjs-emscripten-core'
import { formatOps } from '~/judge/budget'
import { compileSubmission } from '~/judge/compile'
import { ENGINE_DEFAULTS } from '~/judge/limits'
import { loadQuickJS } from '~/judge/quickjs'
import { type SourcePosition } from '~/judge/types'
import { parseWorkloadConfig, resolveLimits } from './config'
import { at, describeOp, duration, list, plural, quantiles, show } from './format'
import { planFaults, sampleLatency, type FaultWindow } from './network'
import { NodeRuntime, type NodeAction, type NodeFailure, type StepOutcome } from './node-runtime'
import { hashSeed, Prng } from './prng'
import { EventQueue } from './queue'
import { LinKv, SeqKv, type Service } from './services'
import { evaluateThresholds } from './thresholds'
import {
  type Anomaly,
  type Body,
  type DropReason,
  type HistoryOp,
  type NodeStats,
  type SimLimits,
  type SimRequest,
  type SimResult,
  type SimStats,
  type SimTrace,
  type SimVerdict,
  type TraceEvent,
  type TraceMessage,
  type WorkloadConfig,
} from './types'
import { createWorkload, type Workload } from './workloads'

const MiB = 1024 * 1024
/** Virtual µs the nodes get to answer `init` before the run is called off. */
const INIT_TIMEOUT_US = 1_000_000
/** Maelstrom's definite error codes: the operation certainly did not happen. */
const DEFINITE_ERRORS = new Set([1, 10, 11, 12, 14, 20, 21, 22, 30])
/** Trace size caps; past them the run goes on and only counts what it left out. */
const TRACE_MESSAGES = 60_000
const TRACE_EVENTS = 30_000
const TRACE_BODY_CHARS = 2_000
const LOG_LINES_PER_NODE = 500
/** The wall clock is read once per this many events. */
const WALL_CHECK_EVERY = 128
/** Console output a node may print over its life, in characters. */
const NODE_OUTPUT_CHARS = 200_000
/** QuickJS stack per node: handlers need little, and the main thread (tests, bench) has ~1 MB of V8 stack. */
const NODE_STACK_BYTES = 256 * 1024

type Endpoint =
  | { kind: 'node'; index: number }
  | { kind: 'service'; service: Service }
  | { kind: 'client'; index: number }
  | { kind: 'sim' }

interface InFlight {
  id: number
  src: string
  dest: string
  body: Body
  json: string
  trace: TraceMessage | undefined
}

type SimEvent =
  | { k: 'deliver'; msg: InFlight }
  | { k: 'timer'; node: number; incarnation: number; id: number }
  | { k: 'invoke'; client: number }
  | { k: 'timeout'; client: number; op: number }
  | { k: 'fault-start'; fault: FaultWindow }
  | { k: 'fault-end'; fault: FaultWindow }
  | { k: 'init-deadline' }
  | { k: 'recovery' }
  | { k: 'final' }

interface NodeState {
  id: string
  index: number
  runtime: NodeRuntime | null
  status: 'up' | 'down' | 'paused'
  incarnation: number
  /** Live timers: id → label ('' for node timers, 'rpc:<msg_id>:<dest>' for rpc timeouts). */
  timers: Map<number, string>
  /** Events that arrived while the node was paused, replayed in order when it resumes. */
  held: Array<{ time: number; event: SimEvent }>
  stats: NodeStats
  /** Ticks of earlier incarnations. */
  pastTicks: number
  logLines: number
}

interface ClientState {
  id: string
  index: number
  node: number
  pending: { op: HistoryOp; msgId: number } | null
  nextMsgId: number
  final: boolean
}

interface Stop {
  verdict: Extract<SimVerdict, 'error' | 'limit'>
  sentence: string
  error?: SimResult['error']
}

/** Grouped non-fatal findings, turned into sentences at the end. */
interface Notes {
  errors: Map<
    string,
    { text: string; count: number; node: string; t: number; during: string; line?: number }
  >
  unhandled: Map<string, { count: number; node: string; type: string; src: string }>
  stray: Map<string, { count: number; node: string }>
  unknownDest: Map<string, { count: number; node: string; dest: string }>
}

export interface SimulatorOptions {
  /** A compiled RELEASE_SYNC module (shared by workers); else the variant loads its own. */
  wasmModule?: WebAssembly.Module
  /** Hard cap of the WASM linear memory shared by all nodes of a run (default 256 MB). */
  maxMemoryBytes?: number
}

export interface SimulatorHooks {
  /** Polled at every tick: return true to stop the run (a shared kill flag). */
  shouldStop?(): boolean
}

export interface Simulator {
  /** Runs one simulation. Throws `WorkloadConfigError` for an invalid workload config. */
  run(request: SimRequest, hooks?: SimulatorHooks): SimResult
  health(): { poisoned: boolean; memoryBytes: number }
}

/** Loads one QuickJS module and returns a simulator that runs one simulation at a time on it. */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const maxMemoryBytes = options.maxMemoryBytes ?? ENGINE_DEFAULTS.maxMemoryBytes
  const { module, memory } = await loadQuickJS({ wasmModule: options.wasmModule, maxMemoryBytes })
  let poisoned = false
  return {
    run(request, hooks = {}) {
      if (poisoned)
        throw new Error('This simulator is poisoned by an earlier WASM failure; create a new one.')
      const config = parseWorkloadConfig(request.workload)
      const simulation = new Simulation(module, request, config, hooks)
      try {
        return simulation.run()
      } finally {
        if (simulation.poisoned) poisoned = true
      }
    },
    health: () => ({ poisoned, memoryBytes: memory.buffer.byteLength }),
  }
}

let shared: Promise<Simulator> | undefined

/**
 * Runs `code` against a workload with a seed and returns a serialisable result: the same code, workload
 * and seed always give the same result, trace included (only `wallMs` differs).
 */
export async function runSimulation(request: SimRequest): Promise<SimResult> {
  shared ??= createSimulator()
  let simulator = await shared
  if (simulator.health().poisoned) {
    shared = createSimulator()
    simulator = await shared
  }
  return simulator.run(request)
}

class Simulation {
  poisoned = false
  private readonly limits: SimLimits
  private readonly root: Prng
  private readonly netRng: Prng
  private readonly clientRng: Prng
  private readonly nemesisRng: Prng
  private readonly queue = new EventQueue<SimEvent>()
  private readonly endpoints = new Map<string, Endpoint>()
  private readonly nodes: NodeState[] = []
  private readonly nodeIds: string[]
  private readonly clients: ClientState[] = []
  private readonly services: Service[]
  private readonly workload: Workload
  private readonly history: HistoryOp[] = []
  private readonly messages: TraceMessage[] = []
  private readonly events: TraceEvent[] = []
  private readonly truncated = { messages: 0, events: 0 }
  private readonly counts = {
    total: 0,
    byNodes: 0,
    serverToServer: 0,
    clients: 0,
    services: 0,
    dropped: 0,
  }
  private readonly notes: Notes = {
    errors: new Map(),
    unhandled: new Map(),
    stray: new Map(),
    unknownDest: new Map(),
  }
  private readonly malformedReplies: HistoryOp[] = []
  private now = 0
  private phase: 'init' | 'main' | 'recovery' | 'final' | 'done' = 'init'
  private faults: FaultWindow[] = []
  private groupOf: Int32Array | null = null
  private readonly initAcked = new Set<string>()
  private finalPending = 0
  private simMsgId = 0
  private ticks = 0
  private overBudget = false
  private timerFirings = 0
  private stop: Stop | null = null
  private js = ''
  private filename = 'solution.ts'
  private toSource: (position: SourcePosition) => SourcePosition = (position) => position
  private readonly started = performance.now()
  private readonly deadline: number

  constructor(
    private readonly module: QuickJSWASMModule,
    private readonly request: SimRequest,
    private readonly config: WorkloadConfig,
    private readonly hooks: SimulatorHooks,
  ) {
    this.limits = resolveLimits(config, request.limits)
    // The last tenth of the wall-clock limit is kept for the checker.
    this.deadline = this.started + this.limits.wallMs * 0.9
    this.root = new Prng(request.seed >>> 0)
    this.netRng = this.root.fork('network')
    this.clientRng = this.root.fork('clients')
    this.nemesisRng = this.root.fork('nemesis')
    this.nodeIds = Array.from({ length: config.nodeCount }, (_, i) => `n${i + 1}`)
    this.services = []
    if (config.services.includes('lin-kv')) this.services.push(new LinKv())
    if (config.services.includes('seq-kv')) this.services.push(new SeqKv(this.root.fork('seq-kv')))
    this.workload = createWorkload(config)
    this.nodeIds.forEach((id, index) => {
      this.endpoints.set(id, { kind: 'node', index })
      this.nodes.push({
        id,
        index,
        runtime: null,
        status: 'down',
        incarnation: 0,
        timers: new Map(),
        held: [],
        stats: { id, ticks: 0, sent: 0, received: 0, crashes: 0, errors: 0 },
        pastTicks: 0,
        logLines: 0,
      })
    })
    for (const service of this.services)
      this.endpoints.set(service.name, { kind: 'service', service })
    this.endpoints.set('sim', { kind: 'sim' })
    for (let i = 0; i < config.concurrency; i++) this.addClient(false)
  }

  private addClient(final: boolean): ClientState {
    const index = this.clients.length
    const client: ClientState = {
      id: `c${index + 1}`,
      index,
      node: index % this.nodes.length,
      pending: null,
      nextMsgId: 0,
      final,
    }
    this.clients.push(client)
    this.endpoints.set(client.id, { kind: 'client', index })
    return client
  }

  run(): SimResult {
    const language = this.request.language ?? 'typescript'
    const compiled = compileSubmission(this.request.code, language)
    if (!compiled.ok) {
      return this.result('error', [compiled.message], [], {
        message: compiled.message,
        ...(compiled.position ? { position: compiled.position } : {}),
      })
    }
    this.js = compiled.js
    this.filename = compiled.filename
    this.toSource = compiled.toSource
    try {
      for (const node of this.nodes) {
        if (this.stop) break
        this.bootNode(node)
      }
      this.queue.push(this.initTimeout(), { k: 'init-deadline' })
      this.loop()
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError || error instanceof RangeError)) {
        this.disposeAll()
        throw error
      }
      this.poisoned = true
      this.stop = {
        verdict: 'error',
        sentence: `The simulator's sandbox failed at ${at(this.now / 1000)} of virtual time (${error.message}); the run was stopped. Treat this as a runtime error in your code (deep recursion is the usual cause).`,
      }
    }
    // A module that failed inside WASM may abort on dispose; it is discarded instead.
    if (!this.poisoned) this.disposeAll()
    return this.finish()
  }

  /** Virtual µs the nodes get to answer init: a second, plus two of the slowest client-link trips. */
  private initTimeout(): number {
    const spec = this.config.clientLatency ?? this.config.latency
    const slowest =
      spec.dist === 'constant' ? spec.ms : spec.dist === 'uniform' ? spec.maxMs : 10 * spec.meanMs
    return INIT_TIMEOUT_US + Math.round(2 * slowest * 1000)
  }

  private loop(): void {
    let count = 0
    while (!this.stop && this.phase !== 'done') {
      const next = this.queue.pop()
      if (!next) {
        this.end()
        break
      }
      this.now = next.time
      this.handle(next.item)
      if (++count % WALL_CHECK_EVERY === 0 && performance.now() > this.deadline) {
        this.stopForWall()
      }
    }
  }

  private handle(event: SimEvent): void {
    switch (event.k) {
      case 'deliver':
        return this.deliver(event)
      case 'timer':
        return this.fireTimer(event)
      case 'invoke':
        return this.invoke(this.clients[event.client]!)
      case 'timeout':
        return this.clientTimeout(this.clients[event.client]!, event.op)
      case 'fault-start':
        return this.startFault(event.fault)
      case 'fault-end':
        return this.endFault(event.fault)
      case 'init-deadline':
        if (this.phase === 'init') {
          const silent = this.nodeIds.filter((id) => !this.initAcked.has(id))
          this.stop = {
            verdict: 'error',
            sentence: `${list(silent)} did not answer init within ${duration(this.initTimeout() / 1000)} of virtual time. The runtime answers init_ok itself once your init handler returns (or its promise resolves); an init handler that waits for something that never comes keeps the node from starting.`,
          }
        }
        return
      case 'recovery':
        return this.startRecovery()
      case 'final':
        return this.startFinal()
    }
  }

  // Nodes ---------------------------------------------------------------------------------------

  private get nowMs(): number {
    return this.now / 1000
  }

  private bootNode(node: NodeState): void {
    node.status = 'up'
    node.timers.clear()
    node.held = []
    node.logLines = 0
    const made = NodeRuntime.create(this.module, {
      js: this.js,
      filename: this.filename,
      seed: hashSeed(this.request.seed >>> 0, `${node.id}#${node.incarnation}`),
      epoch: ENGINE_DEFAULTS.fixedNow,
      memoryBytes: this.limits.nodeMemoryBytes,
      stackBytes: NODE_STACK_BYTES,
      outputChars: NODE_OUTPUT_CHARS,
      deadline: this.deadline,
      onTick: () => {
        this.ticks++
        if (this.ticks > this.limits.ticks) {
          this.overBudget = true
          return true
        }
        return this.hooks.shouldStop?.() ?? false
      },
      overBudget: () => this.overBudget,
    })
    if (!made.ok) {
      if (made.loadError) {
        const error = made.loadError
        const position = this.userPosition(error.stack)
        const what =
          error.kind === 'error' ? `${error.name}: ${error.message}` : `threw ${error.message}`
        const message = `Your code failed while loading on ${node.id}${position ? ` (line ${position.line})` : ''}: ${what}.`
        this.stop = {
          verdict: 'error',
          sentence: message,
          error: { message, node: node.id, ...(position ? { position } : {}) },
        }
      } else {
        this.failNode(node, made.failure, 'loading your code')
      }
      node.status = 'down'
      return
    }
    node.runtime = made.runtime
    this.applyStep(node, node.runtime.boot(this.nowMs), 'running main(node)')
    if (this.stop || node.status !== 'up') return
    const body: Body = {
      type: 'init',
      msg_id: ++this.simMsgId,
      node_id: node.id,
      node_ids: [...this.nodeIds],
    }
    const msg = this.record('sim', node.id, body)
    if (msg.trace) msg.trace.recv = this.nowMs
    node.stats.received++
    this.applyStep(node, node.runtime.deliver(envelope(msg), this.nowMs), "handling 'init'")
  }

  private crashNode(node: NodeState): void {
    if (node.status === 'down') return
    for (const { event } of node.held) if (event.k === 'deliver') this.drop(event.msg, 'crashed')
    this.retire(node)
    node.status = 'down'
    node.stats.crashes++
    this.event({ t: this.nowMs, e: 'crash', node: node.id })
  }

  /** Disposes the node's runtime: everything in its memory is gone. */
  private retire(node: NodeState): void {
    if (node.runtime) {
      node.pastTicks += node.runtime.ticks
      node.runtime.dispose()
      node.runtime = null
    }
    node.incarnation++
    node.timers.clear()
    node.held = []
  }

  private restartNode(node: NodeState): void {
    if (node.status !== 'down') return
    this.event({ t: this.nowMs, e: 'restart', node: node.id })
    this.bootNode(node)
  }

  private pauseNode(node: NodeState): void {
    if (node.status !== 'up') return
    node.status = 'paused'
    this.event({ t: this.nowMs, e: 'pause', node: node.id })
  }

  private resumeNode(node: NodeState): void {
    if (node.status !== 'paused') return
    node.status = 'up'
    this.event({ t: this.nowMs, e: 'resume', node: node.id })
    const held = node.held
    node.held = []
    for (const { event } of held) this.queue.push(this.now, event)
  }

  private applyStep(node: NodeState, outcome: StepOutcome, what: string): void {
    if (!outcome.ok) {
      this.failNode(node, outcome.failure, what)
      return
    }
    for (const action of outcome.actions) {
      if (this.stop) return
      this.applyAction(node, action, what)
    }
  }

  private applyAction(node: NodeState, action: NodeAction, what: string): void {
    switch (action[0]) {
      case 's':
        this.sendFromNode(node, action[1], action[2])
        return
      case 't': {
        const [, id, delayMs, label] = action
        node.timers.set(id, label)
        const delay = Math.max(0, Math.round(delayMs * 1000))
        this.queue.push(this.now + delay, {
          k: 'timer',
          node: node.index,
          incarnation: node.incarnation,
          id,
        })
        return
      }
      case 'c':
        node.timers.delete(action[1])
        return
      case 'l':
        if (node.logLines++ < LOG_LINES_PER_NODE)
          this.event({ t: this.nowMs, e: 'log', node: node.id, text: action[1] })
        return
      case 'e':
        this.candidateError(node, action, what)
        return
      case 'u': {
        const [, type, src] = action
        const key = `${node.id}|${type}`
        const note = this.notes.unhandled.get(key)
        if (note) note.count++
        else this.notes.unhandled.set(key, { count: 1, node: node.id, type, src })
        return
      }
    }
  }

  private candidateError(
    node: NodeState,
    [, name, message, stack, during, fatal]: Extract<NodeAction, ['e', ...unknown[]]>,
    what: string,
  ): void {
    if (name === 'InternalError' && /out of memory|string too long/.test(message)) {
      this.failNode(node, { kind: 'memory' }, what)
      return
    }
    if (name === 'InternalError' && /stack overflow/.test(message)) {
      this.failNode(node, { kind: 'stack' }, what)
      return
    }
    const position = this.userPosition(stack)
    const text = `${name ? `${name}: ` : ''}${message}`
    const where = position ? ` (line ${position.line})` : ''
    node.stats.errors++
    this.event({ t: this.nowMs, e: 'error', node: node.id, text: `${text}${where}` })
    if (fatal) {
      const sentence =
        name === 'MissingMain'
          ? "Your code must define a function named `main` at the top level, which registers handlers: `export function main(node: Node) { node.on('echo', (msg) => ...) }`."
          : during === 'main'
            ? `${node.id} failed to start: ${text}${where}, while running main(node).`
            : `${node.id} failed to start: ${text}${where}, while ${during}.`
      this.stop = {
        verdict: 'error',
        sentence,
        error: { message: sentence, node: node.id, ...(position ? { position } : {}) },
      }
      return
    }
    const key = `${text}|${position?.line ?? ''}`
    const note = this.notes.errors.get(key)
    if (note) note.count++
    else
      this.notes.errors.set(key, {
        text,
        count: 1,
        node: node.id,
        t: this.nowMs,
        during,
        ...(position ? { line: position.line } : {}),
      })
  }

  private failNode(node: NodeState, failure: NodeFailure, what: string): void {
    const when = `at ${at(this.nowMs)} of virtual time`
    switch (failure.kind) {
      case 'ticks': {
        const busiest = [...this.nodes].sort((a, b) => this.nodeTicks(b) - this.nodeTicks(a))[0]!
        this.stop = {
          verdict: 'limit',
          sentence: `The nodes' code used more than ${formatOps(this.limits.ticks)} of computation in total (the run's limit) by ${at(this.nowMs)} of virtual time; ${busiest.id} used the most (${formatOps(this.nodeTicks(busiest))}), and ${node.id} was ${what} when the limit was reached. Look for a loop that never ends or work that grows with every message.`,
        }
        return
      }
      case 'wall':
        this.stopForWall()
        return
      case 'output':
        this.stop = {
          verdict: 'limit',
          sentence: `${node.id} printed more than ${NODE_OUTPUT_CHARS.toLocaleString('en-US')} characters of log output (the limit per node), ${when}.`,
        }
        return
      case 'memory':
        this.stop = {
          verdict: 'limit',
          sentence: `${node.id} ran out of memory (the limit is ${Math.round(this.limits.nodeMemoryBytes / MiB)} MB per node) while ${what}, ${when}.`,
        }
        return
      case 'stack':
        this.stop = {
          verdict: 'error',
          sentence: `${node.id}: stack overflow while ${what}, ${when}. The recursion went deeper than a node's stack allows.`,
        }
        return
      case 'killed':
        this.stop = { verdict: 'limit', sentence: `The run was stopped by the judge ${when}.` }
        return
      case 'internal':
        this.stop = {
          verdict: 'error',
          sentence: `${node.id}'s runtime failed while ${what}, ${when}: ${failure.detail}.`,
        }
        return
    }
  }

  private stopForWall(): void {
    this.stop = {
      verdict: 'limit',
      sentence: `The run used up its ${duration(this.limits.wallMs)} of wall-clock time and was stopped at ${at(this.nowMs)} of virtual time (${plural(this.counts.total, 'message')} so far). Slow built-ins on large data (sorting or copying big arrays on every message) or huge messages are the usual cause.`,
    }
  }

  private nodeTicks(node: NodeState): number {
    return node.pastTicks + (node.runtime?.ticks ?? 0)
  }

  private userPosition(stack: string): SourcePosition | undefined {
    const escaped = this.filename.replace('.', '\\.')
    const match = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack)
    if (!match) return undefined
    return this.toSource({ line: Number(match[1]), column: Number(match[2] ?? 1) })
  }

  // Network -------------------------------------------------------------------------------------

  /** Creates a message and its trace entry (without scheduling it). */
  private record(src: string, dest: string, body: Body): InFlight {
    const json = JSON.stringify(body)
    const id = ++this.counts.total
    let trace: TraceMessage | undefined
    if (this.messages.length < TRACE_MESSAGES) {
      trace = {
        id,
        src,
        dest,
        sent: this.nowMs,
        recv: null,
        body:
          json.length > TRACE_BODY_CHARS
            ? { type: body.type, truncated: `${json.length} characters` }
            : body,
      }
      this.messages.push(trace)
    } else {
      this.truncated.messages++
    }
    return { id, src, dest, body, json, trace }
  }

  private sendFromNode(node: NodeState, dest: string, body: Body): void {
    node.stats.sent++
    this.counts.byNodes++
    if (this.counts.byNodes > this.limits.messages) {
      const chatty = [...this.nodes].sort((a, b) => b.stats.sent - a.stats.sent)[0]!
      this.stop = {
        verdict: 'limit',
        sentence: `The nodes sent more than ${this.limits.messages.toLocaleString('en-US')} messages (the run's limit) by ${at(this.nowMs)} of virtual time; ${chatty.id} sent the most (${chatty.stats.sent.toLocaleString('en-US')}). A gossip loop that never stops (forwarding every message, including the ones a neighbour just sent you) is the usual cause.`,
      }
      return
    }
    this.send(node.id, dest, body)
  }

  private send(src: string, dest: string, body: Body): void {
    const msg = this.record(src, dest, body)
    const from = this.endpoints.get(src)
    const to = this.endpoints.get(dest)
    if (!to) {
      if (from?.kind === 'node') {
        const key = `${src}|${dest}`
        const note = this.notes.unknownDest.get(key)
        if (note) note.count++
        else this.notes.unknownDest.set(key, { count: 1, node: src, dest })
      }
      this.drop(msg, 'unknown-destination')
      return
    }
    let delay: number
    if (from?.kind === 'node' && to.kind === 'node') {
      this.counts.serverToServer++
      if (this.phase === 'main' && this.config.loss > 0 && this.netRng.chance(this.config.loss)) {
        this.drop(msg, 'loss')
        return
      }
      if (this.partitioned(from.index, to.index)) {
        this.drop(msg, 'partition')
        return
      }
      delay = sampleLatency(this.config.latency, this.netRng)
    } else {
      if (from?.kind === 'client' || to.kind === 'client') this.counts.clients++
      if (from?.kind === 'service' || to.kind === 'service') this.counts.services++
      delay = sampleLatency(this.config.clientLatency ?? this.config.latency, this.netRng)
    }
    this.queue.push(this.now + delay, { k: 'deliver', msg })
  }

  private drop(msg: InFlight, reason: DropReason): void {
    this.counts.dropped++
    if (msg.trace) msg.trace.drop = reason
  }

  private partitioned(a: number, b: number): boolean {
    return this.groupOf !== null && this.groupOf[a] !== this.groupOf[b]
  }

  private deliver(event: Extract<SimEvent, { k: 'deliver' }>): void {
    const msg = event.msg
    const to = this.endpoints.get(msg.dest)!
    switch (to.kind) {
      case 'node': {
        const node = this.nodes[to.index]!
        if (node.status === 'down' || !node.runtime) return this.drop(msg, 'crashed')
        if (node.status === 'paused') {
          node.held.push({ time: this.now, event })
          return
        }
        const from = this.endpoints.get(msg.src)
        if (from?.kind === 'node' && this.partitioned(from.index, to.index))
          return this.drop(msg, 'partition')
        if (msg.trace) msg.trace.recv = this.nowMs
        node.stats.received++
        const what = `handling '${msg.body.type}' from ${msg.src}`
        this.applyStep(node, node.runtime.deliver(envelope(msg), this.nowMs), what)
        return
      }
      case 'service': {
        if (msg.trace) msg.trace.recv = this.nowMs
        const reply = to.service.handle(msg.src, msg.body)
        if (typeof msg.body.msg_id === 'number') reply.in_reply_to = msg.body.msg_id
        this.send(to.service.name, msg.src, reply)
        return
      }
      case 'client':
        if (msg.trace) msg.trace.recv = this.nowMs
        return this.clientReceive(this.clients[to.index]!, msg)
      case 'sim':
        if (msg.trace) msg.trace.recv = this.nowMs
        if (msg.body.type === 'init_ok' && this.phase === 'init') {
          this.initAcked.add(msg.src)
          if (this.initAcked.size === this.nodes.length) this.startMain()
        }
        return
    }
  }

  private fireTimer(event: Extract<SimEvent, { k: 'timer' }>): void {
    const node = this.nodes[event.node]!
    if (node.incarnation !== event.incarnation || !node.runtime) return
    if (node.status === 'paused') {
      node.held.push({ time: this.now, event })
      return
    }
    const label = node.timers.get(event.id)
    if (label === undefined) return
    node.timers.delete(event.id)
    if (++this.timerFirings > this.limits.timerFirings) {
      this.stop = {
        verdict: 'limit',
        sentence: `The nodes' timers fired more than ${this.limits.timerFirings.toLocaleString('en-US')} times (the run's limit) by ${at(this.nowMs)} of virtual time. An interval of 1 ms fires 1,000 times per virtual second on every node; gossip every 50–200 ms is plenty.`,
      }
      return
    }
    if (label === '') {
      this.event({ t: this.nowMs, e: 'timer', node: node.id, id: event.id })
      this.applyStep(node, node.runtime.fire(event.id, this.nowMs), 'running a timer')
    } else {
      const [, msgId, dest] = label.split(':')
      this.event({
        t: this.nowMs,
        e: 'rpc-timeout',
        node: node.id,
        msgId: Number(msgId),
        dest: dest ?? '',
      })
      this.applyStep(
        node,
        node.runtime.fire(event.id, this.nowMs),
        `running the code after an rpc to ${dest} timed out`,
      )
    }
  }

  // Faults and phases ---------------------------------------------------------------------------

  private startMain(): void {
    this.phase = 'main'
    this.event({ t: this.nowMs, e: 'phase', phase: 'main' })
    for (const { dest, body } of this.workload.setup?.(this.nodeIds) ?? [])
      this.send('sim', dest, { ...body, msg_id: ++this.simMsgId })
    const mainEnd = this.now + this.config.durationMs * 1000
    this.faults = planFaults(this.config.nemesis, this.nodeIds, this.nemesisRng, this.now, mainEnd)
    for (const fault of this.faults) {
      this.queue.push(fault.start, { k: 'fault-start', fault })
      this.queue.push(fault.end, { k: 'fault-end', fault })
    }
    this.queue.push(mainEnd, { k: 'recovery' })
    for (const client of this.clients)
      this.queue.push(this.now + this.clientDelay(), { k: 'invoke', client: client.index })
  }

  private nodeNamed(id: string): NodeState {
    return this.nodes[(this.endpoints.get(id) as { index: number }).index]!
  }

  private startFault(fault: FaultWindow): void {
    if (fault.kind === 'partition') {
      const groupOf = new Int32Array(this.nodes.length)
      fault.groups!.forEach((group, g) => {
        for (const id of group) groupOf[this.nodeNamed(id).index] = g
      })
      this.groupOf = groupOf
      this.event({
        t: this.nowMs,
        e: 'partition',
        groups: fault.groups!.map((group) => [...group]),
      })
    } else if (fault.kind === 'crash') {
      this.crashNode(this.nodeNamed(fault.node!))
    } else {
      this.pauseNode(this.nodeNamed(fault.node!))
    }
  }

  private endFault(fault: FaultWindow): void {
    if (fault.kind === 'partition') this.heal()
    else if (fault.kind === 'crash') this.restartNode(this.nodeNamed(fault.node!))
    else this.resumeNode(this.nodeNamed(fault.node!))
  }

  private heal(): void {
    if (this.groupOf === null) return
    this.groupOf = null
    this.event({ t: this.nowMs, e: 'heal' })
  }

  private startRecovery(): void {
    this.phase = 'recovery'
    this.event({ t: this.nowMs, e: 'phase', phase: 'recovery' })
    this.heal()
    for (const node of this.nodes) {
      if (this.stop) return
      if (node.status === 'paused') this.resumeNode(node)
      else if (node.status === 'down') this.restartNode(node)
    }
    this.queue.push(this.now + this.config.recoveryMs * 1000, { k: 'final' })
  }

  private startFinal(): void {
    this.phase = 'final'
    this.event({ t: this.nowMs, e: 'phase', phase: 'final' })
    const ops = this.workload.finalOps(this.nodeIds)
    if (ops.length === 0) return this.end()
    this.finalPending = ops.length
    for (const op of ops) {
      const client = this.addClient(true)
      client.node = this.nodeNamed(op.node).index
      this.issue(client, op.f, op.body)
    }
  }

  private end(): void {
    if (this.phase === 'done') return
    this.phase = 'done'
    this.event({ t: this.nowMs, e: 'phase', phase: 'end' })
  }

  // Clients -------------------------------------------------------------------------------------

  private clientDelay(): number {
    const meanGap = this.config.concurrency / this.config.rate
    return Math.round(this.clientRng.next() * 2 * meanGap * 1e6)
  }

  private invoke(client: ClientState): void {
    if (this.phase !== 'main' || client.pending) return
    const { f, body } = this.workload.generate(client.index, this.clientRng)
    this.issue(client, f, body)
  }

  private issue(client: ClientState, f: string, body: Body): void {
    const msgId = ++client.nextMsgId
    const node = this.nodeIds[client.node]!
    const op: HistoryOp = {
      index: this.history.length,
      client: client.id,
      node,
      f,
      request: body,
      status: 'info',
      invoke: this.nowMs,
      complete: null,
      message: this.counts.total + 1,
    }
    if (client.final) op.final = true
    this.history.push(op)
    client.pending = { op, msgId }
    this.send(client.id, node, { ...body, msg_id: msgId })
    this.queue.push(this.now + this.config.clientTimeoutMs * 1000, {
      k: 'timeout',
      client: client.index,
      op: op.index,
    })
  }

  private clientReceive(client: ClientState, msg: InFlight): void {
    const pending = client.pending
    const body = msg.body
    if (!pending || body.in_reply_to !== pending.msgId) {
      // A reply to a request the client already gave up on is normal; only unmarked answers are noted.
      if (typeof body.in_reply_to === 'number') return
      const note = this.notes.stray.get(msg.src) ?? { count: 0, node: msg.src }
      note.count++
      this.notes.stray.set(msg.src, note)
      return
    }
    const op = pending.op
    client.pending = null
    op.complete = this.nowMs
    const { in_reply_to: _replyTo, msg_id: _msgId, ...response } = body
    op.response = response as Body
    if (body.type === 'error') {
      op.status = DEFINITE_ERRORS.has(body.code as number) ? 'fail' : 'info'
    } else if (body.type !== `${op.request.type}_ok`) {
      op.status = 'info'
      this.malformedReplies.push(op)
    } else {
      op.status = 'ok'
    }
    this.workload.completed?.(client.index, op)
    this.afterOp(client)
  }

  private clientTimeout(client: ClientState, opIndex: number): void {
    if (client.pending?.op.index !== opIndex) return
    client.pending = null
    this.afterOp(client)
  }

  private afterOp(client: ClientState): void {
    if (client.final) {
      if (--this.finalPending === 0) this.end()
      return
    }
    if (this.phase === 'main')
      this.queue.push(this.now + this.clientDelay(), { k: 'invoke', client: client.index })
  }

  // Results -------------------------------------------------------------------------------------

  private event(event: TraceEvent): void {
    if (this.events.length < TRACE_EVENTS) this.events.push(event)
    else this.truncated.events++
  }

  private disposeAll(): void {
    for (const node of this.nodes) {
      try {
        if (node.runtime) {
          node.pastTicks += node.runtime.ticks
          node.runtime.dispose()
          node.runtime = null
        }
      } catch {
        this.poisoned = true
      }
    }
  }

  private finish(): SimResult {
    if (this.stop) {
      return this.result(
        this.stop.verdict,
        [this.stop.sentence, ...this.noteSentences()],
        [],
        this.stop.error,
      )
    }
    const stats = this.stats()
    const outcome = this.workload.check(this.history, {
      nodeIds: this.nodeIds,
      faults: this.faults,
    })
    if (outcome.stableLatencies) stats.stableLatency = quantiles(outcome.stableLatencies)
    const anomalies: Anomaly[] = []
    if (this.malformedReplies.length > 0) {
      const op = this.malformedReplies[0]!
      anomalies.push({
        kind: 'wrong-reply-type',
        message: `${plural(this.malformedReplies.length, 'reply', 'replies')} had the wrong type: ${describeOp(op)} expected "${op.request.type}_ok" and got ${show(op.response)}.`,
        ops: this.malformedReplies.slice(0, 20).map((entry) => entry.index),
      })
    }
    if (stats.ops.total > 0 && stats.ops.ok === 0) {
      anomalies.push({
        kind: 'unavailable',
        message: `None of the ${plural(stats.ops.total, 'client operation')} succeeded: ${this.unansweredReason()}.`,
      })
    }
    anomalies.push(...outcome.anomalies)
    const over = evaluateThresholds(this.config.thresholds, stats)
    const failed = anomalies.length > 0 || over.length > 0
    const explanation = failed
      ? [...anomalies.map((anomaly) => anomaly.message), ...over, ...this.noteSentences()]
      : [outcome.summary, summarize(stats), ...this.noteSentences()]
    return this.result(failed ? 'failed' : 'passed', explanation, anomalies, undefined, stats)
  }

  private unansweredReason(): string {
    const stray = [...this.notes.stray.values()]
    if (this.notes.errors.size > 0)
      return 'the handlers threw, so every request got an error reply instead (see the errors below)'
    if (stray.length > 0)
      return 'the clients got answers, but without an in_reply_to naming their request, so they could not tell which request was answered; use node.reply(msg, body)'
    const unhandled = [...this.notes.unhandled.values()].find((note) => note.src.startsWith('c'))
    if (unhandled)
      return `the nodes have no handler for '${unhandled.type}' (register one with node.on('${unhandled.type}', ...))`
    return 'no request was answered before the client gave up'
  }

  private noteSentences(): string[] {
    const sentences: string[] = []
    const errors = [...this.notes.errors.values()].sort((a, b) => b.count - a.count)
    for (const note of errors.slice(0, 3)) {
      const after = note.during.startsWith('handling')
        ? 'The request got an error reply (code 13) and the node went on.'
        : 'The node went on.'
      sentences.push(
        `${note.node} threw ${note.text}${note.line ? ` (line ${note.line})` : ''} while ${note.during} at ${at(note.t)}${note.count > 1 ? `; ${plural(note.count, 'error')} like it in all` : ''}. ${after}`,
      )
    }
    if (errors.length > 3)
      sentences.push(
        `${plural(errors.length - 3, 'other kind')} of error ${errors.length === 4 ? 'was' : 'were'} thrown too; see the trace.`,
      )
    for (const note of [...this.notes.unhandled.values()].slice(0, 3)) {
      sentences.push(
        `${note.node} got ${plural(note.count, `'${note.type}' message`)} but has no handler for that type; register one with node.on('${note.type}', (msg) => ...).`,
      )
    }
    for (const note of [...this.notes.stray.values()].slice(0, 2)) {
      sentences.push(
        `${note.node} sent ${plural(note.count, 'message')} to clients without an in_reply_to, so no client could match them to its request; answer a request with node.reply(msg, body).`,
      )
    }
    for (const note of [...this.notes.unknownDest.values()].slice(0, 2)) {
      sentences.push(
        `${note.node} sent ${plural(note.count, 'message')} to "${note.dest}", which does not exist here (the nodes are ${this.nodeIds[0]}–${this.nodeIds[this.nodeIds.length - 1]}; ${this.services.length === 0 ? 'this workload has no services' : `the services are ${list(this.services.map((service) => service.name))}`}).`,
      )
    }
    return sentences
  }

  private stats(): SimStats {
    const ops = { total: this.history.length, ok: 0, fail: 0, info: 0 }
    const latencies: number[] = []
    for (const op of this.history) {
      ops[op.status]++
      if (op.status === 'ok') latencies.push(op.complete! - op.invoke)
    }
    const round = (value: number) => Math.round(value * 1000) / 1000
    return {
      virtualMs: this.nowMs,
      ops,
      availability: ops.total === 0 ? 1 : round(ops.ok / ops.total),
      messages: {
        total: this.counts.total,
        serverToServer: this.counts.serverToServer,
        clients: this.counts.clients,
        services: this.counts.services,
        dropped: this.counts.dropped,
      },
      msgsPerOp: ops.total === 0 ? 0 : round(this.counts.serverToServer / ops.total),
      latency: quantiles(latencies),
      ticks: this.ticks,
      timerFirings: this.timerFirings,
      nodes: this.nodes.map((node) => ({ ...node.stats, ticks: this.nodeTicks(node) })),
    }
  }

  private result(
    verdict: SimVerdict,
    explanation: string[],
    anomalies: Anomaly[],
    error?: SimResult['error'],
    stats: SimStats = this.stats(),
  ): SimResult {
    const trace: SimTrace = {
      nodes: [...this.nodeIds],
      clients: this.clients.map((client) => client.id),
      services: this.services.map((service) => service.name),
      messages: this.messages,
      events: this.events,
    }
    if (this.truncated.messages > 0 || this.truncated.events > 0)
      trace.truncated = { ...this.truncated }
    const result: SimResult = {
      verdict,
      explanation: explanation.map((sentence) => sentence.replace(/\s+$/, '')),
      seed: this.request.seed,
      workload: this.config.workload,
      anomalies,
      stats,
      history: this.history,
      trace,
      wallMs: Math.round((performance.now() - this.started) * 10) / 10,
    }
    if (error) result.error = error
    return result
  }
}

function envelope(msg: InFlight): string {
  return `{"src":${JSON.stringify(msg.src)},"dest":${JSON.stringify(msg.dest)},"body":${msg.json}}`
}

function summarize(stats: SimStats): string {
  const pct = (value: number) => `${Math.round(value * 1000) / 10}%`
  const latency = stats.latency
  return `${plural(stats.ops.total, 'operation')}, ${pct(stats.availability)} answered successfully; ${stats.msgsPerOp} server messages per operation; latency median ${duration(latency.p50)}, p99 ${duration(latency.p99)}, max ${duration(latency.max)}${stats.stableLatency ? `; stable latency median ${duration(stats.stableLatency.p50)}, max ${duration(stats.stableLatency.max)}` : ''}.`
}
