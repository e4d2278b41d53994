import { metricIndex, STEP, type Model } from './model'
import { createRng, hashString, mix, type Rng } from './rng'
import { type Condition, type LogLevel, type LogTemplate } from './schema'
import {
  currentVersion,
  hostStatusAt,
  sampleAt,
  stepIndex,
  type HostState,
  type World,
} from './sim'
import { formatClock } from './time'

export interface LogLine {
  /** Virtual time in seconds (with milliseconds). */
  t: number
  time: string
  host: string
  level: LogLevel
  text: string
}

export interface LogSearchResult {
  lines: LogLine[]
  /** More lines matched than are shown (only the most recent are kept). */
  truncated: boolean
}

/** Placeholders a log template or diagnostic output may use; anything else in braces is an error. */
export const placeholderNames = [
  'host',
  'service',
  'region',
  'version',
  'trace',
  'span',
  'id',
  'int',
  'pick',
  'ms',
  'ip',
  'peer',
  'user',
  'errors',
  'p50',
  'p99',
  'rps',
  'cpu',
  'memory',
  'queue',
  'load',
  'uptime',
  'time',
] as const

export const placeholderPattern = /\{([a-z0-9]+)(?::([^{}]*))?\}/g

export const MAX_LOG_LINES = 100
const MAX_LINES_PER_STEP = 60

export interface TemplateContext {
  world: World
  cell: number
  step: number
  t: number
  host?: HostState
  rng: Rng
}

const hex = (rng: Rng, digits: number) => {
  let out = ''
  for (let i = 0; i < digits; i++) out += '0123456789abcdef'[Math.floor(rng.next() * 16)]
  return out
}

function gaussian(rng: Rng) {
  return (rng.next() + rng.next() + rng.next() + rng.next() - 2) * Math.sqrt(3)
}

/** Fills a template's placeholders from the state of the cell (and host) at that step. */
export function renderTemplate(text: string, context: TemplateContext) {
  const { world, cell, step, rng } = context
  const model = world.model
  const cellModel = model.cells[cell]
  const service = model.services[cellModel.service]
  const metric = (name: keyof typeof metricIndex) => sampleAt(world, step, cell, metricIndex[name])
  const host = context.host
  return text.replace(placeholderPattern, (whole, name: string, arg: string | undefined) => {
    switch (name) {
      case 'host':
        return host?.name ?? service.id
      case 'service':
        return service.id
      case 'region':
        return model.regions[cellModel.region]
      case 'version':
        return currentVersion(world, service.id, context.t) ?? 'unknown'
      case 'trace':
        return hex(rng, 32)
      case 'span':
        return hex(rng, 16)
      case 'id':
        return hex(rng, 8)
      case 'int': {
        const [lo, hi] = (arg ?? '0-100').split('-').map(Number)
        return String(rng.int(lo, hi))
      }
      case 'pick': {
        const options = (arg ?? '').split('|')
        return rng.pick(options)
      }
      case 'ms': {
        const p50 = metric('p50')
        const sigma = Math.log(Math.max(1.01, metric('p99') / Math.max(1, p50))) / 2.326
        return String(Math.max(1, Math.round(p50 * Math.exp(sigma * gaussian(rng)))))
      }
      case 'ip':
        return host
          ? hostAddress(world, host)
          : `10.${cellModel.region + 1}.${rng.int(0, 255)}.${rng.int(2, 254)}`
      case 'peer':
        return `10.${rng.int(0, 3)}.${rng.int(0, 255)}.${rng.int(2, 254)}`
      case 'user':
        return `u_${hex(rng, 10)}`
      case 'errors':
        return (metric('errorRate') * 100).toFixed(1)
      case 'p50':
        return String(Math.round(metric('p50')))
      case 'p99':
        return String(Math.round(host?.status === 'up' ? Math.max(host.p99, 1) : metric('p99')))
      case 'rps':
        return String(Math.round(host ? host.load : metric('rps')))
      case 'cpu':
        return (host ? host.cpu : metric('cpu')).toFixed(1)
      case 'memory':
        return (host ? host.memory : metric('memory')).toFixed(1)
      case 'queue':
        return String(Math.round(metric('queue')))
      case 'load':
        return ((host ? host.cpu : metric('cpu')) / 12.5 + rng.next() * 0.3).toFixed(2)
      case 'uptime': {
        let since = host ? host.createdAt : 0
        for (const entry of host?.statusLog ?? [])
          if (entry.status === 'up' && entry.t <= context.t) since = entry.t
        const seconds = Math.max(0, context.t - since)
        const days = Math.floor(seconds / 86400)
        const hm = `${Math.floor((seconds % 86400) / 3600)}:${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}`
        return days > 0
          ? `${days} days, ${hm}`
          : seconds >= 3600
            ? hm
            : `${Math.floor(seconds / 60)} min`
      }
      case 'time':
        return formatClock(model.pagedAt, context.t)
      default:
        return whole
    }
  })
}

function hostAddress(world: World, host: HostState) {
  const h = mix(hashString(host.name))
  return `10.${world.model.cells[host.cell].region + 1}.${(h >>> 8) & 0xff}.${2 + ((h & 0xff) % 250)}`
}

/** Whether a template's condition holds in the cell's region at that step. */
export function conditionHolds(
  world: World,
  condition: Condition | undefined,
  cell: number,
  step: number,
) {
  if (!condition) return true
  const model = world.model
  let target = cell
  if (condition.service !== undefined) {
    const service = model.services[model.serviceIndex.get(condition.service)!]
    target = service.cellByRegion[model.cells[cell].region]
    if (target < 0) return false
  }
  const value = sampleAt(world, step, target, metricIndex[condition.metric])
  return condition.above !== undefined ? value > condition.above : value < condition.below!
}

interface Source {
  template: LogTemplate
  key: number
  cells: number[]
  /** Fault sources carry the fault index (intensity scales the rate) and an optional single host. */
  fault?: number
  host?: string
}

function sourcesFor(model: Model, service: number): Source[] {
  const def = model.services[service]
  const sources: Source[] = def.def.logs.map((template, i) => ({
    template,
    key: hashString(`${def.id}:log:${i}`),
    cells: def.cellByRegion.filter((cell) => cell >= 0),
  }))
  for (const fault of model.faults) {
    if (fault.service !== service) continue
    fault.def.logs.forEach((template, i) =>
      sources.push({
        template,
        key: hashString(`${fault.def.id}:log:${i}`),
        cells: fault.cells,
        fault: fault.index,
        host: fault.def.target.host,
      }),
    )
  }
  return sources
}

function linesAtStep(world: World, sources: Source[], step: number, terms: QueryTerm[]): LogLine[] {
  const model = world.model
  const t = model.historyStart + step * STEP
  const lines: LogLine[] = []
  for (const source of sources) {
    // Lines of a level the query excludes are never rendered (each source draws from its own generator,
    // so skipping one changes no other line).
    if (!levelAllowed(source.template.level, terms)) continue
    const intensity = source.fault === undefined ? 1 : world.faultIntensity[source.fault][step]
    if (intensity <= 0) continue
    for (const cell of source.cells) {
      if (!conditionHolds(world, source.template.when, cell, step)) continue
      const nominal = model.cells[cell].nominalLoad
      const rps = sampleAt(world, step, cell, metricIndex.rps)
      const scale =
        source.template.scale === 'none'
          ? 1
          : source.template.scale === 'errors'
            ? sampleAt(world, step, cell, metricIndex.errorRate) * 100
            : nominal > 0
              ? rps / nominal
              : 1
      const expected = Math.min(
        MAX_LINES_PER_STEP,
        (source.template.rate / 60) * STEP * scale * intensity,
      )
      const rng = createRng(mix(world.seed, source.key, cell, step))
      const count = Math.floor(expected) + (rng.next() < expected - Math.floor(expected) ? 1 : 0)
      if (count === 0) continue
      const hosts =
        source.host !== undefined
          ? [world.hostByName.get(source.host)].filter((host) => host !== undefined)
          : world.cellHosts[cell]
      const serving = hosts.filter((host) => hostStatusAt(host, t) === 'up')
      if (serving.length === 0) continue
      for (let i = 0; i < count; i++) {
        const host = serving[Math.floor(rng.next() * serving.length)]
        const millis = Math.floor(rng.next() * STEP * 1000)
        const at = t + millis / 1000
        lines.push({
          t: at,
          time: formatClock(model.pagedAt, Math.floor(at), { millis: millis % 1000 }),
          host: host.virtual ? model.services[model.cells[cell].service].id : host.name,
          level: source.template.level,
          text: renderTemplate(source.template.text, { world, cell, step, t: at, host, rng }),
        })
      }
    }
  }
  return lines
}

interface QueryTerm {
  field?: 'level' | 'host'
  value: string
  negate: boolean
}

/** `level:error timeout -healthz "connection reset"`: all terms must match (case-insensitive); `-` negates. */
export function parseLogQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = []
  const pattern = /(-?)(?:(level|host):)?(?:"([^"]*)"|(\S+))/gi
  for (const match of query.matchAll(pattern)) {
    const value = (match[3] ?? match[4] ?? '').toLowerCase()
    if (value === '') continue
    terms.push({
      negate: match[1] === '-',
      field: match[2]?.toLowerCase() as QueryTerm['field'],
      value,
    })
  }
  return terms
}

function levelAllowed(level: LogLevel, terms: QueryTerm[]) {
  for (const term of terms)
    if (term.field === 'level' && (level.toLowerCase() === term.value) === term.negate) return false
  return true
}

function matches(line: LogLine, terms: QueryTerm[]) {
  for (const term of terms) {
    let hit: boolean
    if (term.field === 'level') hit = line.level.toLowerCase() === term.value
    else if (term.field === 'host') hit = line.host.toLowerCase().includes(term.value)
    else hit = `${line.host} ${line.level} ${line.text}`.toLowerCase().includes(term.value)
    if (hit === term.negate) return false
  }
  return true
}

/** The most recent lines of a service's logs in [at - window, at) that match the query. */
export function searchLogs(
  world: World,
  { service, query, at, window }: { service: string; query: string; at: number; window: number },
): LogSearchResult {
  const model = world.model
  const serviceIdx = model.serviceIndex.get(service)!
  const sources = sourcesFor(model, serviceIdx)
  const terms = parseLogQuery(query)
  const from = Math.max(model.historyStart, at - window)
  const events = world.eventLogs.filter(
    (line) => line.service === service && line.t >= from && line.t < at,
  )
  const found: LogLine[] = []
  let truncated = false
  for (
    let step = stepIndex(model, at) - 1;
    step >= 0 && model.historyStart + step * STEP >= from;
    step--
  ) {
    const t = model.historyStart + step * STEP
    const lines = linesAtStep(world, sources, step, terms)
    for (const event of events) {
      if (event.t >= t && event.t < t + STEP)
        lines.push({
          t: event.t,
          time: formatClock(model.pagedAt, Math.floor(event.t), {
            millis: Math.round((event.t % 1) * 1000),
          }),
          host: event.host,
          level: event.level,
          text: event.text,
        })
    }
    for (const line of lines) if (matches(line, terms)) found.push(line)
    if (found.length >= MAX_LOG_LINES) {
      truncated = found.length > MAX_LOG_LINES || model.historyStart + (step - 1) * STEP >= from
      break
    }
  }
  found.sort((a, b) => b.t - a.t || a.host.localeCompare(b.host) || a.text.localeCompare(b.text))
  return { lines: found.slice(0, MAX_LOG_LINES), truncated }
}
