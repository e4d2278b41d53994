import { z } from 'zod'
import { parseClock, parseDuration } from './time'

/**
 * The scenario format (`scenario.yaml`, `paths.yaml`) as Zod schemas. Parsing turns every duration into
 * seconds, so the engine only ever sees numbers. Authors' documentation: problems/README.md, "Incident
 * scenarios"; keep the two in step.
 */

const idPattern = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/

export const idSchema = z
  .string({ invalid_type_error: 'must be an id (lowercase words joined by -)' })
  .regex(idPattern, 'must be lowercase letters and digits joined by - (like "checkout-api")')

const text = z.string().trim().min(1, 'must not be empty')

/** Seconds, written as `90s`, `5m`, `1h30m`, `-12m` or a plain number of seconds. */
export const durationSchema = z.unknown().transform((value, ctx) => {
  if (value === undefined) {
    ctx.addIssue({ code: 'invalid_type', expected: 'string', received: 'undefined' })
    return z.NEVER
  }
  const seconds = parseDuration(value)
  if (seconds === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a duration like 90s, 5m or 1h30m' })
    return z.NEVER
  }
  return seconds
})

const positiveDuration = z.unknown().transform((value, ctx) => {
  if (value === undefined) {
    ctx.addIssue({ code: 'invalid_type', expected: 'string', received: 'undefined' })
    return z.NEVER
  }
  const seconds = parseDuration(value)
  if (seconds === undefined || seconds <= 0) {
    ctx.addIssue({
      code: 'custom',
      message:
        seconds === undefined
          ? 'must be a duration like 90s, 5m or 1h30m'
          : 'must be a positive duration',
    })
    return z.NEVER
  }
  return seconds
})

const fraction = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1')
const positive = z.number().positive('must be greater than 0')

export const metricNames = [
  'rps',
  'errorRate',
  'p50',
  'p95',
  'p99',
  'cpu',
  'memory',
  'queue',
] as const
export type MetricName = (typeof metricNames)[number]
export const metricSchema = z.enum(metricNames)

export const logLevels = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const
export type LogLevel = (typeof logLevels)[number]

export const severityLevels = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const
export type SeverityLevel = (typeof severityLevels)[number]

export const verdicts = ['good', 'neutral', 'wasted', 'harmful'] as const
export type Verdict = (typeof verdicts)[number]

const conditionSchema = z
  .object({
    /** Another service whose metric (in the same region) decides; default: the service itself. */
    service: idSchema.optional(),
    metric: metricSchema,
    above: z.number().optional(),
    below: z.number().optional(),
  })
  .strict()
  .refine((value) => (value.above === undefined) !== (value.below === undefined), {
    message: 'give exactly one of above or below',
  })

export const logTemplateSchema = z
  .object({
    level: z.enum(logLevels).default('INFO'),
    text,
    /** Lines per minute in one region, at baseline traffic (see `scale`). */
    rate: positive.default(6),
    /** traffic: rate × traffic / baseline; errors: rate per 1% error rate; none: fixed rate. */
    scale: z.enum(['traffic', 'errors', 'none']).default('traffic'),
    when: conditionSchema.optional(),
  })
  .strict()

const percentilesSchema = z
  .object({ p50: positive, p95: positive, p99: positive })
  .strict()
  .refine((value) => value.p50 <= value.p95 && value.p95 <= value.p99, {
    message: 'latency must satisfy p50 ≤ p95 ≤ p99',
  })

const dependencySchema = z
  .object({
    service: idSchema,
    /** Calls per request (fractions are fine: 0.2 means one request in five calls it). */
    calls: positive.default(1),
    /** A failing critical dependency fails the request; a non-critical one only adds latency. */
    critical: z.boolean().default(true),
    /** Fire-and-forget (a queue): the caller sees neither its latency nor its errors. */
    async: z.boolean().default(false),
    timeoutMs: positive.optional(),
    retries: z.number().int().min(0).max(5).default(0),
    /** A cache in front of this dependency: only misses reach it. */
    cachedBy: idSchema.optional(),
    hitRatio: fraction.optional(),
  })
  .strict()

const hostsSchema = z.union([
  z.number().int().min(0, 'must be 0 (managed) or more'),
  z.record(z.number().int().min(0, 'must be 0 (managed) or more')),
])

const clientsSchema = z
  .object({
    /** Share of failed requests that clients send again. */
    retryFraction: fraction,
    retryDelay: positiveDuration,
    /** Retries spread uniformly over ± this around the delay; 0 means perfectly synchronised clients. */
    jitter: durationSchema.default(0),
    /** Requests rejected by load shedding carry Retry-After: the share that comes back, and when. */
    shedRetryFraction: fraction.optional(),
    shedRetryDelay: positiveDuration.optional(),
  })
  .strict()

const serviceSchema = z
  .object({
    id: idSchema,
    name: text.optional(),
    description: text,
    team: idSchema.optional(),
    kind: z
      .enum(['gateway', 'service', 'database', 'cache', 'queue', 'external', 'infra'])
      .default('service'),
    regions: z.array(idSchema).min(1).optional(),
    /** Per region: a number for every region, or a mapping region → count. 0 means managed (no hosts). */
    hosts: hostsSchema,
    /** Most hosts per region scale-out may reach; default twice the starting count. */
    maxHosts: z.number().int().positive().optional(),
    /** Requests per second one host serves at 100% CPU; for a managed service, the region's total. */
    capacity: positive.optional(),
    latency: percentilesSchema,
    errorRate: fraction.default(0.0003),
    memory: z.number().min(0).max(99).default(45),
    version: text.optional(),
    /** Traffic from outside the system (customers, partners). */
    entry: z
      .object({
        rps: positive,
        noise: fraction.default(0.03),
        /** Growth per hour as a fraction (0.1 = +10% per hour). */
        trend: z.number().min(-1).max(5).default(0),
        clients: clientsSchema.optional(),
      })
      .strict()
      .optional(),
    /** Customer-facing objective: impact and mitigation are measured on services that have one. */
    slo: z
      .object({ errorRate: fraction, p99: positive, target: fraction.default(0.999) })
      .strict()
      .optional(),
    dependencies: z.array(dependencySchema).default([]),
    cache: z.object({ warmup: positiveDuration }).strict().optional(),
    queue: z.object({ maxDepth: z.number().positive().optional() }).strict().optional(),
    deployTime: positiveDuration.default(300),
    bootTime: positiveDuration.default(240),
    restartTime: positiveDuration.default(60),
    logs: z.array(logTemplateSchema).default([]),
  })
  .strict()

const regionSchema = z
  .object({
    id: idSchema,
    name: text.optional(),
    /** Used in host names: `checkout-use1-03`. */
    short: idSchema.optional(),
    /** Share of entry traffic; default equal shares. */
    traffic: fraction.optional(),
  })
  .strict()

const teamSchema = z
  .object({
    id: idSchema,
    name: text,
    /** How long after a page someone acknowledges. */
    ackAfter: durationSchema.default(180),
    reply: text.optional(),
    /** Faults this team fixes once paged, `fixAfter` after acknowledging. */
    fixes: z.array(idSchema).default([]),
    fixAfter: durationSchema.default(600),
    fixNote: text.optional(),
  })
  .strict()

const flagSchema = z
  .object({
    name: idSchema,
    service: idSchema.optional(),
    description: text,
    on: z.boolean().default(false),
  })
  .strict()

const changeSchema = z
  .object({
    id: idSchema,
    at: durationSchema,
    kind: z.enum(['deploy', 'config', 'flag', 'infra']),
    service: idSchema.optional(),
    summary: text,
    author: text,
    version: text.optional(),
    /** How long the change takes to reach every host; default the service's deployTime for deploys. */
    rollout: durationSchema.optional(),
    flag: idSchema.optional(),
    value: z.boolean().optional(),
  })
  .strict()

const effectsSchema = z
  .object({
    errorRate: fraction.optional(),
    latencyMs: z.number().min(0).optional(),
    latencyFactor: z.number().min(0.1).max(100).optional(),
    capacityFactor: z.number().min(0).max(10).optional(),
    cpu: z.number().min(-100).max(100).optional(),
    /** Percent of host memory leaked per minute; a host at 100% is OOM-killed and restarts. */
    memoryLeak: z.number().min(0).max(100).optional(),
    /** Multiplies the requests the target receives (a traffic surge, a retry bug upstream). */
    loadFactor: z.number().min(0).max(50).optional(),
    /** Every request to the target fails. */
    down: z.boolean().optional(),
    /** The target cache loses its contents when the fault starts. */
    flushCache: z.boolean().optional(),
  })
  .strict()

const faultSchema = z
  .object({
    id: idSchema,
    /** Shown only in the debrief. */
    description: text,
    target: z
      .object({ service: idSchema, region: idSchema.optional(), host: text.optional() })
      .strict(),
    /** When it begins; omit it for a fault that only an action (a rule's `starts`) begins. */
    start: durationSchema.optional(),
    /** The fault rides on this change: it rolls out with it and rolls back with it. */
    change: idSchema.optional(),
    /** Effective only while this flag is on. */
    flag: idSchema.optional(),
    /** It heals by itself at this time. */
    end: durationSchema.optional(),
    /** It heals by itself this long after it begins (useful for faults that a rule starts). */
    duration: positiveDuration.optional(),
    ramp: durationSchema.default(0),
    halfLife: positiveDuration.optional(),
    effects: effectsSchema,
    logs: z.array(logTemplateSchema).default([]),
    /** What `check-dependency` on the target reports while the fault is active. */
    checkMessage: text.optional(),
  })
  .strict()

const alertSchema = z
  .object({
    id: idSchema,
    name: text,
    service: idSchema,
    region: idSchema.optional(),
    metric: metricSchema,
    above: z.number().optional(),
    below: z.number().optional(),
    for: durationSchema.default(60),
    severity: z.enum(['page', 'ticket']).default('page'),
    summary: text,
  })
  .strict()
  .refine((value) => (value.above === undefined) !== (value.below === undefined), {
    message: 'give exactly one of above or below',
  })

const variantSchema = z.object({ fault: idSchema, output: text }).strict()

const diagnosticSchema = z
  .object({
    command: text,
    service: idSchema.optional(),
    output: text,
    variants: z.array(variantSchema).default([]),
  })
  .strict()

export const actionCategories = ['investigate', 'mitigate', 'communicate'] as const
export type ActionCategory = (typeof actionCategories)[number]

const customActionSchema = z
  .object({
    id: idSchema,
    label: text,
    description: text.optional(),
    category: z.enum(actionCategories),
    cost: durationSchema.default(60),
    takesEffect: durationSchema.default(0),
    output: text.optional(),
    variants: z.array(variantSchema).default([]),
  })
  .strict()

const ruleSchema = z
  .object({
    /** Every field given must equal the action's (a list means any of). */
    match: z
      .object({ type: text })
      .catchall(
        z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
      ),
    verdict: z.enum(verdicts).default('neutral'),
    penalty: z.number().min(0).max(15).optional(),
    note: text.optional(),
    starts: z.array(idSchema).default([]),
    resolves: z.array(idSchema).default([]),
    /** Delay before starts/resolves take hold; default the action's own delay. */
    after: durationSchema.optional(),
  })
  .strict()

export const scenarioSchema = z
  .object({
    clock: z
      .object({
        pagedAt: z
          .string()
          .refine((value) => parseClock(value) !== undefined, 'must be a time of day like "02:14"')
          .default('02:14'),
        history: positiveDuration.default(1800),
        timeLimit: positiveDuration.default(3600),
      })
      .strict()
      .default({}),
    regions: z.array(regionSchema).min(1, 'must list at least one region'),
    teams: z.array(teamSchema).default([]),
    services: z.array(serviceSchema).min(1, 'must list at least one service'),
    flags: z.array(flagSchema).default([]),
    changes: z.array(changeSchema).default([]),
    faults: z.array(faultSchema).min(1, 'must list at least one fault'),
    alerts: z.array(alertSchema).min(1, 'must list at least one alert'),
    dashboards: z.array(idSchema).default([]),
    diagnostics: z.array(diagnosticSchema).default([]),
    actions: z
      .object({
        costs: z.record(durationSchema).default({}),
        custom: z.array(customActionSchema).default([]),
        rules: z.array(ruleSchema).default([]),
      })
      .strict()
      .default({}),
    communication: z
      .object({
        severity: z.array(z.enum(severityLevels)).min(1),
        declareWithin: positiveDuration.default(600),
        firstUpdateWithin: positiveDuration.default(900),
        updateEvery: positiveDuration.default(1800),
        page: z.array(idSchema).default([]),
        optionalPages: z.array(idSchema).default([]),
      })
      .strict(),
    scoring: z
      .object({
        mitigateWithin: positiveDuration,
        mitigateBy: positiveDuration,
        impactTarget: fraction.default(0.2),
      })
      .strict(),
    rootCause: z
      .object({
        question: text,
        options: z
          .array(z.object({ id: idSchema, text }).strict())
          .min(2, 'must offer at least 2 options')
          .max(8, 'must offer at most 8 options'),
        correct: idSchema,
        explanation: text,
        /** Groups of synonyms; the free-text answer earns points per group it mentions. */
        keywords: z.array(z.array(text).min(1)).default([]),
      })
      .strict(),
  })
  .strict()

export type Scenario = z.infer<typeof scenarioSchema>
export type ScenarioInput = z.input<typeof scenarioSchema>
export type ServiceDef = Scenario['services'][number]
export type DependencyDef = ServiceDef['dependencies'][number]
export type RegionDef = Scenario['regions'][number]
export type TeamDef = Scenario['teams'][number]
export type FlagDef = Scenario['flags'][number]
export type ChangeDef = Scenario['changes'][number]
export type FaultDef = Scenario['faults'][number]
export type FaultEffects = FaultDef['effects']
export type AlertDef = Scenario['alerts'][number]
export type DiagnosticDef = Scenario['diagnostics'][number]
export type CustomActionDef = Scenario['actions']['custom'][number]
export type RuleDef = Scenario['actions']['rules'][number]
export type LogTemplate = z.infer<typeof logTemplateSchema>
export type Condition = z.infer<typeof conditionSchema>

const percent = z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100')

/** Every action a candidate can take, as the app stores it (one JSON object per action). */
export const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('wait'), seconds: positiveDuration }).strict(),
  z.object({ type: z.literal('open-dashboard'), service: idSchema }).strict(),
  z
    .object({
      type: z.literal('search-logs'),
      service: idSchema,
      query: z.string().default(''),
      /** How far back to search; default 15 minutes. */
      window: positiveDuration.optional(),
    })
    .strict(),
  z.object({ type: z.literal('view-changes') }).strict(),
  z
    .object({ type: z.literal('check-dependency'), service: idSchema, dependency: idSchema })
    .strict(),
  z.object({ type: z.literal('run-diagnostic'), host: text, command: text }).strict(),
  z
    .object({ type: z.literal('rollback'), service: idSchema, change: idSchema.optional() })
    .strict(),
  z
    .object({
      type: z.literal('failover'),
      from: idSchema,
      to: idSchema.optional(),
      percent: percent.default(100),
    })
    .strict(),
  z.object({ type: z.literal('fail-back'), region: idSchema }).strict(),
  z
    .object({
      type: z.literal('scale-out'),
      service: idSchema,
      region: idSchema.optional(),
      hosts: z.number().int().min(1).max(50),
    })
    .strict(),
  z
    .object({
      type: z.literal('restart'),
      service: idSchema.optional(),
      region: idSchema.optional(),
      host: text.optional(),
    })
    .strict(),
  z.object({ type: z.literal('drain'), host: text }).strict(),
  z.object({ type: z.literal('undrain'), host: text }).strict(),
  z.object({ type: z.literal('disable-flag'), flag: idSchema }).strict(),
  z.object({ type: z.literal('enable-flag'), flag: idSchema }).strict(),
  z
    .object({
      type: z.literal('shed-load'),
      service: idSchema,
      region: idSchema.optional(),
      percent: z.number().min(0, 'must be between 0 and 90').max(90, 'must be between 0 and 90'),
    })
    .strict(),
  z.object({ type: z.literal('declare-severity'), level: z.enum(severityLevels) }).strict(),
  z.object({ type: z.literal('post-status'), message: text }).strict(),
  z
    .object({ type: z.literal('page-team'), team: idSchema, message: z.string().optional() })
    .strict(),
  z.object({ type: z.literal('custom'), id: idSchema }).strict(),
  z
    .object({
      type: z.literal('resolve'),
      rootCause: idSchema,
      explanation: z.string().default(''),
    })
    .strict(),
])

export type IncidentAction = z.infer<typeof actionSchema>
export type ActionType = IncidentAction['type']
export const actionTypes = actionSchema.options.map((option) => option.shape.type.value)

/** The parameter a one-key shorthand (`- wait: 2m`, `- open-dashboard: checkout`) fills in. */
export const primaryParam: Partial<Record<ActionType, string>> = {
  wait: 'seconds',
  'open-dashboard': 'service',
  'view-changes': '',
  rollback: 'service',
  failover: 'from',
  'fail-back': 'region',
  restart: 'service',
  drain: 'host',
  undrain: 'host',
  'disable-flag': 'flag',
  'enable-flag': 'flag',
  'declare-severity': 'level',
  'post-status': 'message',
  'page-team': 'team',
  custom: 'id',
}

export const pathsFileSchema = z
  .object({
    /** The seeds `check` plays each path with; default 1, 2 and 3. */
    seeds: z.array(z.number().int().min(0)).min(1).default([1, 2, 3]),
    ideal: z.object({ summary: text.optional(), actions: z.array(z.unknown()).min(1) }).strict(),
    bad: z.object({ summary: text.optional(), actions: z.array(z.unknown()).min(1) }).strict(),
  })
  .strict()

/** One step of a recorded path: the action and the author's note on why (shown in the debrief). */
export interface PathStep {
  action: IncidentAction
  note?: string
  /** Line in paths.yaml, for error reports. */
  line?: number
}

export interface RecordedPath {
  summary?: string
  steps: PathStep[]
}
