/**
 * The simulator's public contract: what a run takes and the serialisable result it returns. Nothing
 * here depends on Remix, Node or QuickJS; the web app, the CLI, the judge and the trace viewer share it.
 */
import { type Language, type SourcePosition } from '~/judge/types'

export type SimVerdict = 'passed' | 'failed' | 'error' | 'limit'

export type WorkloadName =
  | 'echo'
  | 'unique-ids'
  | 'broadcast'
  | 'g-set'
  | 'g-counter'
  | 'pn-counter'
  | 'kafka'
  | 'lin-kv'

/** A message body, as in Maelstrom: `type`, and `msg_id` / `in_reply_to` for requests and replies. */
export interface Body {
  type: string
  msg_id?: number
  in_reply_to?: number
  [field: string]: unknown
}

export interface Message {
  src: string
  dest: string
  body: Body
}

/** One-way network delay of a message, in virtual milliseconds. */
export type LatencySpec =
  | { dist: 'constant'; ms: number }
  | { dist: 'uniform'; minMs: number; maxMs: number }
  | { dist: 'exponential'; meanMs: number }

export type ServiceName = 'lin-kv' | 'seq-kv'

export type FaultKind = 'partition' | 'crash' | 'pause'
export type PartitionShape = 'halves' | 'isolate'

/** The fault schedule of the main phase: one fault at a time, drawn from `faults`. */
export interface NemesisConfig {
  faults: FaultKind[]
  /** Mean quiet time before each fault, in virtual ms. */
  intervalMs: number
  /** How long each fault lasts (partition held, node down or paused), in virtual ms. */
  durationMs: number
  /** Partition shapes to draw from (default both): two random halves, or one node cut off. */
  partitions?: PartitionShape[]
}

/** Upper bounds in virtual ms; a missing field is not checked. */
export interface QuantileLimits {
  p50?: number
  p95?: number
  p99?: number
  max?: number
}

export interface Thresholds {
  /** Maximum server-to-server messages per client operation. */
  msgsPerOp?: number
  /** Minimum fraction (0–1) of client operations that succeeded. */
  availability?: number
  /** Client operation latency (invocation to reply). */
  latency?: QuantileLimits
  /** Broadcast / g-set: time from an element's add until every read observes it. */
  stableLatency?: QuantileLimits
}

export interface SimLimits {
  /** Interpreted work of all nodes together, in ticks (1 tick = 10 000 ops). */
  ticks: number
  /** Messages sent by nodes (to nodes, services and clients). */
  messages: number
  /** Timer firings of all nodes together (rpc timeouts included). */
  timerFirings: number
  /** QuickJS heap limit of each node, in bytes. */
  nodeMemoryBytes: number
  /** Wall-clock backstop for the whole run, in ms (the only limit that is not deterministic). */
  wallMs: number
}

/** A workload as a challenge configures it; `parseWorkloadConfig` fills the defaults. */
export interface WorkloadConfig {
  workload: WorkloadName
  nodeCount: number
  /** Main phase: client operations under faults, in virtual ms. */
  durationMs: number
  /** After the faults stop and the network heals, before the final reads, in virtual ms. */
  recoveryMs: number
  /** Client operations per virtual second, all clients together. */
  rate: number
  /** Client processes, each doing one operation at a time. */
  concurrency: number
  /** Virtual ms a client waits for a reply before it records the operation as indefinite. */
  clientTimeoutMs: number
  latency: LatencySpec
  /** Client ↔ node and node ↔ service delay (default: `latency`). */
  clientLatency?: LatencySpec
  /** Probability that a node-to-node message is lost during the main phase. */
  loss: number
  nemesis?: NemesisConfig
  /** Broadcast: the `topology` message sent to every node before the clients start. */
  topology: 'grid' | 'line' | 'tree' | 'total' | 'star'
  /** Number of keys (lin-kv, kafka). */
  keys: number
  /** The built-in services the nodes may call (default both). */
  services: ServiceName[]
  thresholds?: Thresholds
  /** The seeds a submission is judged on. */
  seeds: number[]
  limits?: Partial<SimLimits>
}

export interface SimRequest {
  code: string
  language?: Language
  /** A config as written in workload.json; defaults are filled in. */
  workload: WorkloadInput
  seed: number
  limits?: Partial<SimLimits>
}

/** What a workload.json may contain: the name, and any fields of `WorkloadConfig`. */
export type WorkloadInput = Partial<WorkloadConfig> & { workload: WorkloadName }

export type OpStatus = 'ok' | 'fail' | 'info'

/** One client operation. Times are virtual ms; `complete` is null when the client gave up (`info`). */
export interface HistoryOp {
  index: number
  client: string
  node: string
  f: string
  request: Body
  status: OpStatus
  response?: Body
  invoke: number
  complete: number | null
  /** Part of the final reads after recovery. */
  final?: boolean
  /** The trace message carrying the request. */
  message: number
}

export type DropReason = 'loss' | 'partition' | 'crashed' | 'unknown-destination' | 'limit'

/** A message with its virtual send and delivery times; `recv` is null if dropped or still in flight at the end. */
export interface TraceMessage {
  id: number
  src: string
  dest: string
  sent: number
  recv: number | null
  drop?: DropReason
  body: Body
}

export type TraceEvent =
  | { t: number; e: 'crash' | 'restart' | 'pause' | 'resume'; node: string }
  | { t: number; e: 'partition'; groups: string[][] }
  | { t: number; e: 'heal' }
  | { t: number; e: 'timer'; node: string; id: number }
  | { t: number; e: 'rpc-timeout'; node: string; msgId: number; dest: string }
  | { t: number; e: 'log'; node: string; text: string }
  | { t: number; e: 'error'; node: string; text: string }
  | { t: number; e: 'phase'; phase: 'main' | 'recovery' | 'final' | 'end' }

/**
 * Everything that happened, for a sequence diagram: one lane per node, client and service, plus
 * "sim", the simulator itself (it sends `init` and `topology`). Times are virtual ms.
 */
export interface SimTrace {
  nodes: string[]
  clients: string[]
  services: string[]
  messages: TraceMessage[]
  events: TraceEvent[]
  /** Entries left out once the trace reached its size cap (the run itself went on). */
  truncated?: { messages: number; events: number }
}

export interface Quantiles {
  count: number
  p50: number
  p95: number
  p99: number
  max: number
}

export interface NodeStats {
  id: string
  ticks: number
  sent: number
  received: number
  crashes: number
  errors: number
}

export interface SimStats {
  /** Virtual time at the end of the run, in ms. */
  virtualMs: number
  ops: { total: number; ok: number; fail: number; info: number }
  availability: number
  messages: {
    total: number
    serverToServer: number
    clients: number
    services: number
    dropped: number
  }
  msgsPerOp: number
  latency: Quantiles
  stableLatency?: Quantiles
  ticks: number
  timerFirings: number
  nodes: NodeStats[]
}

/** A checker finding with the operations and messages a UI can highlight. */
export interface Anomaly {
  kind: string
  message: string
  ops?: number[]
  messages?: number[]
}

export interface SimResult {
  verdict: SimVerdict
  /** Sentences: why the run failed (or a one-line summary when it passed). */
  explanation: string[]
  seed: number
  workload: WorkloadName
  anomalies: Anomaly[]
  stats: SimStats
  history: HistoryOp[]
  trace: SimTrace
  /** For `error`: a compile error or a node failing to start, with the candidate's own position. */
  error?: { message: string; position?: SourcePosition; node?: string }
  /** Wall-clock ms of the run: the one field that differs between identical runs. */
  wallMs: number
}
