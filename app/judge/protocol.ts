import { type SimRequest, type SimResult } from '~/sim/types'
import { type EngineHealth } from './engine'
import {
  type GeneratedCase,
  type GenerateRequest,
  type JudgeRequest,
  type JudgeResult,
  type SourcePosition,
} from './types'

/**
 * Messages between the pool and a judge worker thread. A judge request with a `problemKey` the worker
 * has already seen arrives without its problem (`problem: null`).
 */
export type ToWorker =
  | {
      type: 'judge'
      id: number
      request: Omit<JudgeRequest, 'problem'> & { problem: JudgeRequest['problem'] | null }
    }
  | { type: 'generate'; id: number; request: GenerateRequest }
  /** One simulator run (a `kind: sim` submission is one per seed), on the worker's own simulator. */
  | { type: 'simulate'; id: number; request: SimRequest }

/** Problems a worker keeps by key; the pool mirrors the same least-recently-used order to know which. */
export const PROBLEM_CACHE_SIZE = 16

/** A least-recently-used set of keys, identical on both sides of the worker boundary. */
export class ProblemCache<T> {
  private readonly entries = new Map<string, T>()

  /** Returns the cached value and marks it as just used. */
  get(key: string): T | undefined {
    const value = this.entries.get(key)
    if (value === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  set(key: string, value: T): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > PROBLEM_CACHE_SIZE)
      this.entries.delete(this.entries.keys().next().value!)
  }
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'judged'; id: number; result: JudgeResult; health: EngineHealth }
  | { type: 'generated'; id: number; generated: GeneratedCase; health: EngineHealth }
  | { type: 'simulated'; id: number; result: SimResult; health: EngineHealth }
  | {
      type: 'failed'
      id: number
      error: { name: string; message: string; position?: SourcePosition }
      health: EngineHealth
    }

export interface WorkerSetup {
  wasmModule: WebAssembly.Module
  control: SharedArrayBuffer
  maxMemoryBytes: number
  runtimeMemoryBytes?: number
  stackBytes?: number
  /** Added to the process's niceness for the worker thread (per thread on Linux): judging yields to the web tier. */
  niceness: number
}

/**
 * The shared control block: the worker writes which test runs and since when; the parent's watchdog
 * reads it, and raises the kill flag the interrupt handler polls.
 */
export const CONTROL_BYTES = 24
export const CONTROL_TEST = 0
export const CONTROL_KILL = 1

/** Typed views on the control block: `flags` [running test index, kill flag], `testStartedAt` [epoch ms]. */
export function controlViews(control: SharedArrayBuffer) {
  return { flags: new Int32Array(control, 0, 2), testStartedAt: new Float64Array(control, 8, 1) }
}
