import {
  commandsFor,
  defaultCosts,
  actionCategory,
  DEFAULT_LOG_WINDOW,
  type DependencyCheck,
} from './actions'
import { type Incident } from './engine'
import { searchLogs, type LogLine } from './logs'
import { metricIndex, STEP } from './model'
import {
  metricNames,
  type ActionCategory,
  type IncidentAction,
  type MetricName,
  type SeverityLevel,
} from './schema'
import { aggregateAt, hostStatusAt, sampleAt, stepIndex, type HostStatus } from './sim'
import { formatClock } from './time'

/** Dashboards show one point per minute. */
export const DASHBOARD_RESOLUTION = 60

export const metricUnits: Record<MetricName, string> = {
  rps: 'req/s',
  errorRate: '%',
  p50: 'ms',
  p95: 'ms',
  p99: 'ms',
  cpu: '%',
  memory: '%',
  queue: 'requests',
}

export interface DashboardView {
  service: string
  /** Virtual time of the first point; points are DASHBOARD_RESOLUTION seconds apart, the last one ends at `now`. */
  from: number
  times: number[]
  metrics: Record<MetricName, { unit: string; series: Record<string, number[]> }>
}

export interface CandidateView {
  now: number
  clock: string
  pagedAt: string
  timeLimit: number
  remaining: number
  ended: { at: number; clock: string; reason: 'resolved' | 'time-limit' } | null
  regions: { id: string; name: string }[]
  services: {
    id: string
    name: string
    kind: string
    description: string
    team?: string
    regions: string[]
    dependencies: { service: string; critical: boolean; async: boolean }[]
    hosts: { name: string; region: string; status: HostStatus }[]
  }[]
  teams: { id: string; name: string }[]
  flags: { name: string; service?: string; description: string; on: boolean }[]
  alerts: {
    name: string
    severity: 'page' | 'ticket'
    service: string
    region?: string
    summary: string
    firedAt: number
    firedClock: string
    resolvedAt?: number
    state: 'firing' | 'resolved'
  }[]
  dashboards: DashboardView[]
  logSearches: {
    index: number
    at: number
    clock: string
    service: string
    query: string
    window: number
    lines: LogLine[]
    truncated: boolean
  }[]
  /** Null until the candidate opens the change history; then every change up to now. */
  changes:
    | {
        id: string
        at: number
        clock: string
        kind: string
        service?: string
        summary: string
        author: string
        version?: string
      }[]
    | null
  dependencyChecks: (DependencyCheck & { index: number; at: number; clock: string })[]
  outputs: { index: number; at: number; clock: string; title: string; output: string }[]
  timeline: {
    at: number
    clock: string
    kind: 'action' | 'event'
    text: string
    action?: IncidentAction
  }[]
  communication: {
    severity: SeverityLevel | null
    statusUpdates: { at: number; clock: string; message: string }[]
    paged: { team: string; at: number; clock: string }[]
  }
  catalogue: {
    actions: { type: string; category: ActionCategory | 'wait'; cost: number }[]
    custom: {
      id: string
      label: string
      description?: string
      category: ActionCategory
      cost: number
    }[]
    diagnostics: Record<string, string[]>
  }
  rootCauseQuestion: { question: string; options: { id: string; text: string }[] }
}

function roundFor(metric: MetricName, value: number) {
  switch (metric) {
    case 'errorRate':
      return Math.round(value * 100_000) / 1000
    case 'cpu':
    case 'memory':
      return Math.round(value * 10) / 10
    default:
      return Math.round(value)
  }
}

function formatValue(metric: MetricName, value: number) {
  switch (metric) {
    case 'errorRate':
      return `${(value * 100).toFixed(2)}%`
    case 'cpu':
    case 'memory':
      return `${value.toFixed(1)}%`
    case 'rps':
      return `${Math.round(value)} req/s`
    case 'queue':
      return String(Math.round(value))
    default:
      return `${Math.round(value)} ms`
  }
}

function dashboard(incident: Incident, serviceId: string, now: number): DashboardView {
  const { model } = incident
  const world = incident.session.world
  const service = model.services[model.serviceIndex.get(serviceId)!]
  const cells = service.cellByRegion.filter((cell) => cell >= 0)
  const lastStep = stepIndex(model, now) - 1
  const perBucket = DASHBOARD_RESOLUTION / STEP
  const buckets = Math.ceil((lastStep + 1) / perBucket)
  const times: number[] = []
  for (let b = 0; b < buckets; b++) times.push(model.historyStart + b * DASHBOARD_RESOLUTION)
  const series = (metric: MetricName, value: (step: number) => number) => {
    const out: number[] = []
    for (let b = 0; b < buckets; b++) {
      let sum = 0
      let count = 0
      for (let step = b * perBucket; step < (b + 1) * perBucket && step <= lastStep; step++) {
        sum += value(step)
        count++
      }
      out.push(roundFor(metric, count > 0 ? sum / count : 0))
    }
    return out
  }
  const metrics = {} as DashboardView['metrics']
  for (const metric of metricNames) {
    const m = metricIndex[metric]
    const bySeries: Record<string, number[]> = {}
    if (cells.length > 1)
      bySeries.all = series(metric, (step) => aggregateAt(world, step, cells, m))
    for (const cell of cells)
      bySeries[model.regions[model.cells[cell].region]] = series(metric, (step) =>
        sampleAt(world, step, cell, m),
      )
    metrics[metric] = { unit: metricUnits[metric], series: bySeries }
  }
  return { service: serviceId, from: model.historyStart, times, metrics }
}

/**
 * What the on-call engineer sees at the current virtual time, and nothing more: no faults, no future
 * samples, no scoring rules or verdicts. Safe to send to the browser as JSON.
 */
export function viewForCandidate(incident: Incident): CandidateView {
  const { model, scenario, session } = incident
  const world = session.world
  const now = session.now
  const clock = (t: number) => formatClock(model.pagedAt, t)
  const visibleDashboards = [...new Set([...scenario.dashboards, ...session.dashboards])]
  const lastSeverity = session.severity[session.severity.length - 1]

  return {
    now,
    clock: clock(now),
    pagedAt: clock(0),
    timeLimit: model.timeLimit,
    remaining: Math.max(0, model.timeLimit - now),
    ended: incident.ended
      ? { at: incident.ended.at, clock: clock(incident.ended.at), reason: incident.ended.reason }
      : null,
    regions: scenario.regions.map((region) => ({ id: region.id, name: region.name ?? region.id })),
    services: model.services.map((service) => ({
      id: service.id,
      name: service.def.name ?? service.id,
      kind: service.def.kind,
      description: service.def.description,
      ...(service.def.team ? { team: service.def.team } : {}),
      regions: service.regions.map((r) => model.regions[r]),
      dependencies: service.def.dependencies.map((dep) => ({
        service: dep.service,
        critical: dep.critical,
        async: dep.async,
      })),
      hosts: service.cellByRegion
        .filter((cell) => cell >= 0)
        .flatMap((cell) =>
          world.cellHosts[cell]
            .filter((host) => !host.virtual && host.createdAt <= now)
            .map((host) => ({
              name: host.name,
              region: model.regions[model.cells[cell].region],
              status: hostStatusAt(host, now) ?? host.status,
            })),
        ),
    })),
    teams: scenario.teams.map((team) => ({ id: team.id, name: team.name })),
    flags: scenario.flags.map((flag) => ({
      name: flag.name,
      ...(flag.service ? { service: flag.service } : {}),
      description: flag.description,
      on: world.flags.get(flag.name) ?? flag.on,
    })),
    alerts: world.alertEvents
      .filter((event) => event.firedAt <= now)
      .map((event) => {
        const def = model.alerts[event.rule].def
        const resolved = event.resolvedAt !== undefined && event.resolvedAt <= now
        return {
          name: def.name,
          severity: def.severity,
          service: def.service,
          ...(def.region ? { region: def.region } : {}),
          summary: def.summary
            .replaceAll('{value}', formatValue(def.metric, event.value))
            .replaceAll('{service}', def.service)
            .replaceAll('{region}', def.region ?? 'all regions'),
          firedAt: event.firedAt,
          firedClock: clock(event.firedAt),
          ...(resolved ? { resolvedAt: event.resolvedAt } : {}),
          state: resolved ? ('resolved' as const) : ('firing' as const),
        }
      }),
    dashboards: visibleDashboards.map((service) => dashboard(incident, service, now)),
    logSearches: incident.actions.flatMap((record) => {
      if (record.action.type !== 'search-logs') return []
      const window = record.action.window ?? DEFAULT_LOG_WINDOW
      let result = incident.logCache.get(record.index)
      if (!result) {
        result = searchLogs(world, {
          service: record.action.service,
          query: record.action.query,
          at: record.at,
          window,
        })
        incident.logCache.set(record.index, result)
      }
      return [
        {
          index: record.index,
          at: record.at,
          clock: clock(record.at),
          service: record.action.service,
          query: record.action.query,
          window,
          lines: result.lines,
          truncated: result.truncated,
        },
      ]
    }),
    changes:
      session.changesViewedAt === undefined
        ? null
        : world.changes
            .filter((change) => change.at <= now)
            .sort((a, b) => b.at - a.at)
            .map((change) => ({
              id: change.id,
              at: change.at,
              clock: clock(change.at),
              kind: change.kind,
              ...(change.service ? { service: change.service } : {}),
              summary: change.summary,
              author: change.author,
              ...(change.version ? { version: change.version } : {}),
            })),
    dependencyChecks: incident.actions.flatMap((record) =>
      record.dependencyCheck
        ? [
            {
              ...record.dependencyCheck,
              index: record.index,
              at: record.at,
              clock: clock(record.at),
            },
          ]
        : [],
    ),
    outputs: incident.actions.flatMap((record) =>
      record.output !== undefined
        ? [
            {
              index: record.index,
              at: record.at,
              clock: clock(record.at),
              title: record.summary,
              output: record.output,
            },
          ]
        : [],
    ),
    timeline: [
      ...incident.actions.map((record) => ({
        at: record.at,
        clock: clock(record.at),
        kind: 'action' as const,
        text: record.summary,
        action: record.action,
      })),
      ...world.notes
        .filter((note) => note.at <= now)
        .map((note) => ({
          at: note.at,
          clock: clock(note.at),
          kind: 'event' as const,
          text: note.text,
        })),
    ].sort((a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'action' ? -1 : 1)),
    communication: {
      severity: lastSeverity?.level ?? null,
      statusUpdates: session.statusUpdates.map((update) => ({
        at: update.at,
        clock: clock(update.at),
        message: update.message,
      })),
      paged: session.pages.map((page) => ({ team: page.team, at: page.at, clock: clock(page.at) })),
    },
    catalogue: {
      actions: [
        { type: 'wait', category: 'wait' as const, cost: 0 },
        ...Object.entries(defaultCosts).map(([type, cost]) => ({
          type,
          category: actionCategory[type as keyof typeof defaultCosts],
          cost: Math.ceil((scenario.actions.costs[type] ?? cost) / STEP) * STEP,
        })),
      ],
      custom: scenario.actions.custom.map((custom) => ({
        id: custom.id,
        label: custom.label,
        ...(custom.description ? { description: custom.description } : {}),
        category: custom.category,
        cost: Math.ceil(custom.cost / STEP) * STEP,
      })),
      diagnostics: Object.fromEntries(
        model.services
          .filter((s) => !model.cells[s.cellByRegion.find((c) => c >= 0)!].managed)
          .map((service) => [service.id, commandsFor(scenario, service.id)]),
      ),
    },
    rootCauseQuestion: {
      question: scenario.rootCause.question,
      options: scenario.rootCause.options.map((option) => ({ id: option.id, text: option.text })),
    },
  }
}
