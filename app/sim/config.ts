import { z } from 'zod'
import { type SimLimits, type WorkloadConfig, type WorkloadInput } from './types'

const MiB = 1024 * 1024

/** Limits of a run when neither the workload nor the request sets them. */
export const DEFAULT_LIMITS: SimLimits = {
  // The references use under 100 ticks a run; 10 000 ticks is a few seconds of interpreted work.
  ticks: 10_000,
  messages: 100_000,
  timerFirings: 100_000,
  nodeMemoryBytes: 16 * MiB,
  wallMs: 10_000,
}

const latency = z
  .discriminatedUnion('dist', [
    z.object({ dist: z.literal('constant'), ms: z.number().min(0).max(60_000) }).strict(),
    z
      .object({
        dist: z.literal('uniform'),
        minMs: z.number().min(0).max(60_000),
        maxMs: z.number().min(0).max(60_000),
      })
      .strict(),
    z.object({ dist: z.literal('exponential'), meanMs: z.number().min(0).max(60_000) }).strict(),
  ])
  .refine(
    (spec) => spec.dist !== 'uniform' || spec.minMs <= spec.maxMs,
    'minMs must not exceed maxMs',
  )

const quantileLimits = z
  .object({
    p50: z.number().positive().optional(),
    p95: z.number().positive().optional(),
    p99: z.number().positive().optional(),
    max: z.number().positive().optional(),
  })
  .strict()

const limits = z
  .object({
    ticks: z.number().int().positive(),
    messages: z.number().int().positive(),
    timerFirings: z.number().int().positive(),
    nodeMemoryBytes: z.number().int().min(MiB),
    wallMs: z.number().positive(),
  })
  .strict()
  .partial()

/** The schema of workload.json (the content loader uses it to point each issue at its line). */
export const workloadSchema = z
  .object({
    $schema: z.string().optional(),
    workload: z.enum([
      'echo',
      'unique-ids',
      'broadcast',
      'g-set',
      'g-counter',
      'pn-counter',
      'kafka',
      'lin-kv',
    ]),
    nodeCount: z.number().int().min(1).max(50).default(1),
    durationMs: z.number().int().min(100).max(300_000).default(10_000),
    recoveryMs: z.number().int().min(0).max(60_000).default(2_000),
    rate: z.number().positive().max(10_000).default(10),
    concurrency: z.number().int().min(1).max(100).optional(),
    clientTimeoutMs: z.number().int().min(10).max(60_000).default(2_000),
    latency: latency.default({ dist: 'uniform', minMs: 1, maxMs: 5 }),
    clientLatency: latency.optional(),
    loss: z.number().min(0).max(1).default(0),
    nemesis: z
      .object({
        faults: z.array(z.enum(['partition', 'crash', 'pause'])).min(1),
        intervalMs: z.number().int().min(10),
        durationMs: z.number().int().min(10),
        partitions: z
          .array(z.enum(['halves', 'isolate']))
          .min(1)
          .optional(),
      })
      .strict()
      .optional(),
    topology: z.enum(['grid', 'line', 'tree', 'total', 'star']).default('grid'),
    keys: z.number().int().min(1).max(100).default(3),
    services: z.array(z.enum(['lin-kv', 'seq-kv'])).default(['lin-kv', 'seq-kv']),
    thresholds: z
      .object({
        msgsPerOp: z.number().positive().optional(),
        availability: z.number().min(0).max(1).optional(),
        latency: quantileLimits.optional(),
        stableLatency: quantileLimits.optional(),
      })
      .strict()
      .optional(),
    seeds: z.array(z.number().int().min(0).max(0xffffffff)).min(1).default([1]),
    limits: limits.optional(),
  })
  .strict()

/** Thrown for a workload config that does not validate; the message names the field. */
export class WorkloadConfigError extends Error {
  override name = 'WorkloadConfigError'
  constructor(
    message: string,
    /** Where in workload.json the bad value sits (`['latency', 'maxMs']`); empty for the whole file. */
    readonly path: (string | number)[] = [],
  ) {
    super(message)
  }
}

/** Validates a workload config (as written in workload.json) and fills in the defaults. */
export function parseWorkloadConfig(input: unknown): WorkloadConfig {
  const parsed = workloadSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the workload'
    throw new WorkloadConfigError(`Workload config: ${where}: ${issue.message}.`, issue.path)
  }
  const { $schema: _schema, concurrency, ...config } = parsed.data
  return { ...config, concurrency: concurrency ?? config.nodeCount } as WorkloadConfig
}

/** The limits of one run: defaults, then the workload's, then the request's. */
export function resolveLimits(
  config: WorkloadConfig,
  overrides: Partial<SimLimits> = {},
): SimLimits {
  return { ...DEFAULT_LIMITS, ...config.limits, ...stripUndefined(overrides) }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

export type { WorkloadInput }
