import { type FaultWindow } from '../network'
import { type Prng } from '../prng'
import { type Anomaly, type Body, type HistoryOp, type WorkloadConfig } from '../types'

/** A client's next request (without `msg_id`). */
export interface OpRequest {
  f: string
  body: Body
}

/** A final operation after recovery, sent to one node. */
export interface FinalOp extends OpRequest {
  node: string
}

export interface CheckContext {
  nodeIds: readonly string[]
  /** The fault schedule, in virtual ms, to place anomalies in context. */
  faults: readonly FaultWindow[]
}

export interface CheckOutcome {
  anomalies: Anomaly[]
  /** A sentence for a passing run: what was checked. */
  summary: string
  /** Broadcast / g-set: per-element stable latencies in virtual ms. */
  stableLatencies?: number[]
}

/**
 * A workload generates the clients' operations and judges the history they produced. One instance
 * serves one run; its randomness comes only from the client stream it is given.
 */
export interface Workload {
  /** Messages the simulator sends every node once all of them answered `init` (e.g. `topology`). */
  setup?(nodeIds: readonly string[]): Array<{ dest: string; body: Body }>
  /** The next operation of client `client` (0-based). */
  generate(client: number, rng: Prng): OpRequest
  /** Told about every completed operation (kafka's consumers track their positions). */
  completed?(client: number, op: HistoryOp): void
  finalOps(nodeIds: readonly string[]): FinalOp[]
  check(history: readonly HistoryOp[], context: CheckContext): CheckOutcome
}

export type WorkloadFactory = (config: WorkloadConfig) => Workload

/** Faults that overlapped [from, to] (virtual ms), described for a sentence: "during the partition n1 | n2 n3 (2.100–3.100 s)". */
export function faultsDuring(faults: readonly FaultWindow[], from: number, to: number): string {
  const hits = faults.filter((fault) => fault.start / 1000 <= to && fault.end / 1000 >= from)
  if (hits.length === 0) return ''
  const parts = hits.map((fault) => {
    const span = `${(fault.start / 1e6).toFixed(3)}–${(fault.end / 1e6).toFixed(3)} s`
    if (fault.kind === 'partition')
      return `the partition ${fault.groups!.map((group) => group.join(' ')).join(' | ')} (${span})`
    return `${fault.node}'s ${fault.kind === 'crash' ? 'crash' : 'pause'} (${span})`
  })
  return ` during ${parts.join(' and ')}`
}
