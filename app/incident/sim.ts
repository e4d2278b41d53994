import {
  calleeCell,
  CROSS_REGION_MS,
  entryShare,
  hostName,
  MAX_LATENCY_MS,
  metricIndex,
  STEP,
  type Model,
} from './model'
import { normalAt, normalsAt } from './rng'
import { metricNames, type ChangeDef, type FaultEffects } from './schema'

export type HostStatus = 'up' | 'booting' | 'restarting' | 'crashed' | 'drained'

export interface HostState {
  name: string
  cell: number
  number: number
  /** Managed services are simulated as one hidden host. */
  virtual: boolean
  status: HostStatus
  readyAt: number
  memory: number
  createdAt: number
  /** Every status change, oldest first, so that logs of the past pick hosts that were serving then. */
  statusLog: { t: number; status: HostStatus }[]
  // Scratch values of the current step (fault modifiers) and its results (for diagnostics).
  errAdd: number
  latAdd: number
  latMul: number
  capMul: number
  cpuAdd: number
  leak: number
  cpu: number
  load: number
  p99: number
}

export interface ChangeRecord {
  id: string
  at: number
  kind: ChangeDef['kind']
  service?: string
  summary: string
  author: string
  version?: string
  previousVersion?: string
  rollout: number
  revertedAt?: number
  revertRollout?: number
  byCandidate: boolean
}

export interface EventLogLine {
  t: number
  service: string
  host: string
  level: 'INFO' | 'WARN' | 'ERROR'
  text: string
}

export interface AlertEvent {
  rule: number
  firedAt: number
  resolvedAt?: number
  value: number
}

interface ScheduledEvent {
  at: number
  seq: number
  apply: (world: World) => void
}

/** Everything that changes while an incident runs. Rebuilt by replaying the actions; never stored. */
export interface World {
  model: Model
  seed: number
  /** False for the healthy reference run that impact is measured against. */
  faultsEnabled: boolean
  /** Start time of the next step to simulate: every step before it is in the history. */
  t: number
  hosts: HostState[]
  hostByName: Map<string, HostState>
  cellHosts: HostState[][]
  /** Hosts serving traffic in each cell during the current step (rebuilt at the start of every step). */
  upHosts: HostState[][]
  shares: number[]
  shed: Float64Array
  flags: Map<string, boolean>
  faultStart: (number | undefined)[]
  faultResolved: (number | undefined)[]
  faultActive: boolean[]
  changes: ChangeRecord[]
  versions: Map<string, { t: number; version: string }[]>
  events: ScheduledEvent[]
  seq: number
  /** Things that happen on their own (a rollback finishing, a team answering), shown in the timeline. */
  notes: { at: number; text: string }[]
  eventLogs: EventLogLine[]
  incoming: Float64Array
  admitted: Float64Array
  shedRps: Float64Array
  err: Float64Array
  p50: Float64Array
  p95: Float64Array
  p99: Float64Array
  backlog: Float64Array
  warmth: Float64Array
  loadMul: Float64Array
  edgeLoad: Float64Array
  retryRings: (Float64Array | null)[]
  /** samples[(step * cells + cell) * metrics + metric], as the dashboards show them (noise included). */
  samples: Float32Array
  faultIntensity: Float32Array[]
  alertPending: (number | undefined)[]
  alertFiring: number[]
  alertEvents: AlertEvent[]
}

const METRICS = metricNames.length

/** The step index of time `t` (the step that covers [t, t + STEP)). */
export function stepIndex(model: Model, t: number) {
  return Math.floor((t - model.historyStart) / STEP)
}

/** Steps from the start of the history to the end of the verification window. */
export function maxSteps(model: Model) {
  return stepIndex(model, model.horizon) + 1
}

/** A fresh world at the start of the history window; nothing has been simulated yet. */
export function createWorld(
  model: Model,
  seed: number,
  { faults = true }: { faults?: boolean } = {},
): World {
  const cellCount = model.cells.length
  const world: World = {
    model,
    seed,
    faultsEnabled: faults,
    t: model.historyStart,
    hosts: [],
    hostByName: new Map(),
    cellHosts: model.cells.map(() => []),
    upHosts: model.cells.map(() => []),
    shares: [...model.baseShares],
    shed: new Float64Array(cellCount),
    flags: new Map(model.scenario.flags.map((flag) => [flag.name, flag.on])),
    faultStart: model.scenario.faults.map((fault) => fault.start),
    faultResolved: model.scenario.faults.map(() => undefined),
    faultActive: model.scenario.faults.map(() => false),
    changes: [],
    versions: new Map(),
    events: [],
    seq: 0,
    notes: [],
    eventLogs: [],
    incoming: new Float64Array(cellCount),
    admitted: new Float64Array(cellCount),
    shedRps: new Float64Array(cellCount),
    err: new Float64Array(cellCount),
    p50: new Float64Array(cellCount),
    p95: new Float64Array(cellCount),
    p99: new Float64Array(cellCount),
    backlog: new Float64Array(cellCount),
    warmth: new Float64Array(cellCount).fill(1),
    loadMul: new Float64Array(cellCount),
    edgeLoad: new Float64Array(cellCount),
    retryRings: model.cells.map((cell) => {
      const clients = model.services[cell.service].def.entry?.clients
      if (!clients) return null
      const longest = Math.max(clients.retryDelay, clients.shedRetryDelay ?? 0) + clients.jitter
      return new Float64Array(Math.ceil(longest / STEP) + 2)
    }),
    samples: new Float32Array(maxSteps(model) * cellCount * METRICS),
    faultIntensity: model.faults.map(() => new Float32Array(maxSteps(model))),
    alertPending: model.alerts.map(() => undefined),
    alertFiring: model.alerts.map(() => -1),
    alertEvents: [],
  }
  for (const cell of model.cells) {
    for (let n = 1; n <= cell.initialHosts; n++)
      addHost(world, cell.index, n, model.historyStart - 86400, 'up')
    world.p50[cell.index] = model.services[cell.service].def.latency.p50
    world.p95[cell.index] = model.services[cell.service].def.latency.p95
    world.p99[cell.index] = model.services[cell.service].def.latency.p99
  }
  for (const service of model.scenario.services) {
    if (service.version)
      world.versions.set(service.id, [{ t: -Infinity, version: service.version }])
  }
  for (const def of [...model.scenario.changes].sort((a, b) => a.at - b.at)) {
    const service = def.service
      ? model.scenario.services.find((s) => s.id === def.service)
      : undefined
    const record: ChangeRecord = {
      id: def.id,
      at: def.at,
      kind: def.kind,
      service: def.service,
      summary: def.summary,
      author: def.author,
      version: def.version,
      previousVersion: def.service ? currentVersion(world, def.service, def.at) : undefined,
      rollout: def.rollout ?? (def.kind === 'deploy' ? (service?.deployTime ?? 300) : 0),
      byCandidate: false,
    }
    world.changes.push(record)
    if (def.version && def.service) setVersion(world, def.service, def.at, def.version)
    if (def.kind === 'flag' && def.flag !== undefined) {
      const flag = def.flag
      const value = def.value ?? true
      schedule(world, def.at, (w) => w.flags.set(flag, value))
    }
  }
  return world
}

/** Adds a host (numbered `number` in its cell) to the world, in the given status from time `at`. */
export function addHost(
  world: World,
  cell: number,
  number: number,
  at: number,
  status: HostStatus,
) {
  const model = world.model
  const c = model.cells[cell]
  const host: HostState = {
    name: hostName(model, cell, number),
    cell,
    number,
    virtual: c.managed,
    status,
    readyAt: at,
    memory: model.services[c.service].def.memory,
    createdAt: at,
    statusLog: [{ t: at, status }],
    errAdd: 0,
    latAdd: 0,
    latMul: 1,
    capMul: 1,
    cpuAdd: 0,
    leak: 0,
    cpu: 0,
    load: 0,
    p99: 0,
  }
  world.hosts.push(host)
  world.hostByName.set(host.name, host)
  world.cellHosts[cell].push(host)
  return host
}

/** Changes a host's status and records when, for logs and views of the past. */
export function setHostStatus(host: HostState, t: number, status: HostStatus) {
  if (host.status === status) return
  host.status = status
  host.statusLog.push({ t, status })
}

/** The status a host had at time t. */
export function hostStatusAt(host: HostState, t: number): HostStatus | undefined {
  let status: HostStatus | undefined
  for (const entry of host.statusLog) {
    if (entry.t > t) break
    status = entry.status
  }
  return status
}

/** The version of a service running at time t, if the scenario gives versions. */
export function currentVersion(world: World, service: string, t: number) {
  const history = world.versions.get(service)
  if (!history) return undefined
  let version: string | undefined
  for (const entry of history) if (entry.t <= t) version = entry.version
  return version
}

/** Records that `version` runs on a service from time t. */
export function setVersion(world: World, service: string, t: number, version: string) {
  const history = world.versions.get(service) ?? []
  history.push({ t, version })
  history.sort((a, b) => a.t - b.t)
  world.versions.set(service, history)
}

/** Queues a state change at virtual time `at` (rounded up to a step); events at the same time keep their order. */
export function schedule(world: World, at: number, apply: (world: World) => void) {
  const event = { at: Math.ceil(at / STEP) * STEP, seq: world.seq++, apply }
  let i = world.events.length
  while (
    i > 0 &&
    (world.events[i - 1].at > event.at ||
      (world.events[i - 1].at === event.at && world.events[i - 1].seq > event.seq))
  )
    i--
  world.events.splice(i, 0, event)
}

/** How strongly fault `f` acts at time t, from 0 (not at all) to 1. */
export function faultIntensity(world: World, f: number, t: number) {
  if (!world.faultsEnabled) return 0
  const def = world.model.faults[f].def
  let level: number
  let start: number
  if (def.change !== undefined) {
    let change: ChangeRecord | undefined
    for (const candidate of world.changes) if (candidate.id === def.change) change = candidate
    if (!change || t < change.at) return 0
    start = change.at
    level = change.rollout > 0 ? Math.min(1, (t - change.at + STEP) / change.rollout) : 1
    if (change.revertedAt !== undefined && t >= change.revertedAt)
      level *=
        1 -
        Math.min(1, (t - change.revertedAt + STEP) / Math.max(STEP, change.revertRollout ?? STEP))
  } else {
    const started = world.faultStart[f]
    if (started === undefined || t < started) return 0
    start = started
    level = def.ramp > 0 ? Math.min(1, (t - started + STEP) / def.ramp) : 1
  }
  if (def.halfLife !== undefined) level *= 0.5 ** ((t - start) / def.halfLife)
  if (def.end !== undefined && t >= def.end) return 0
  if (def.duration !== undefined && t >= start + def.duration) return 0
  const resolved = world.faultResolved[f]
  if (resolved !== undefined && t >= resolved) return 0
  if (def.flag !== undefined && !world.flags.get(def.flag)) return 0
  return level
}

/**
 * An independent copy of a world taken before any action (the engine caches the world at the page):
 * events that actions schedule capture hosts, so a world with such events must not be copied.
 */
export function cloneWorld(world: World): World {
  const hosts = world.hosts.map((host) => ({
    ...host,
    statusLog: host.statusLog.map((entry) => ({ ...entry })),
  }))
  const byName = new Map(hosts.map((host) => [host.name, host]))
  const cellHosts = world.cellHosts.map((list) => list.map((host) => byName.get(host.name)!))
  return {
    ...world,
    hosts,
    hostByName: byName,
    cellHosts,
    upHosts: world.upHosts.map((list) => list.map((host) => byName.get(host.name)!)),
    shares: [...world.shares],
    shed: world.shed.slice(),
    flags: new Map(world.flags),
    faultStart: [...world.faultStart],
    faultResolved: [...world.faultResolved],
    faultActive: [...world.faultActive],
    changes: world.changes.map((change) => ({ ...change })),
    versions: new Map(
      [...world.versions].map(([service, history]) => [
        service,
        history.map((entry) => ({ ...entry })),
      ]),
    ),
    // Scheduled events only ever act on the world they are given, so sharing the functions is safe.
    events: world.events.map((event) => ({ ...event })),
    notes: world.notes.map((note) => ({ ...note })),
    eventLogs: world.eventLogs.map((line) => ({ ...line })),
    incoming: world.incoming.slice(),
    admitted: world.admitted.slice(),
    shedRps: world.shedRps.slice(),
    err: world.err.slice(),
    p50: world.p50.slice(),
    p95: world.p95.slice(),
    p99: world.p99.slice(),
    backlog: world.backlog.slice(),
    warmth: world.warmth.slice(),
    loadMul: world.loadMul.slice(),
    edgeLoad: world.edgeLoad.slice(),
    retryRings: world.retryRings.map((ring) => (ring ? ring.slice() : null)),
    samples: world.samples.slice(),
    faultIntensity: world.faultIntensity.map((series) => series.slice()),
    alertPending: [...world.alertPending],
    alertFiring: [...world.alertFiring],
    alertEvents: world.alertEvents.map((event) => ({ ...event })),
  }
}

/** Simulates every step that starts before `t`. */
export function advanceWorld(world: World, t: number) {
  const end = Math.min(t, world.model.horizon)
  while (world.t < end) simulateStep(world)
}

function simulateStep(world: World) {
  const model = world.model
  const t = world.t
  const step = stepIndex(model, t)
  while (world.events.length > 0 && world.events[0].at <= t) world.events.shift()!.apply(world)

  for (const host of world.hosts) {
    if (
      (host.status === 'booting' || host.status === 'restarting' || host.status === 'crashed') &&
      host.readyAt <= t
    ) {
      setHostStatus(host, t, 'up')
      if (!host.virtual)
        world.eventLogs.push({
          t,
          service: model.services[model.cells[host.cell].service].id,
          host: host.name,
          level: 'INFO',
          text: `systemd[1]: Started ${model.services[model.cells[host.cell].service].id}.service.`,
        })
    }
    host.errAdd = 0
    host.latAdd = 0
    host.latMul = 1
    host.capMul = 1
    host.cpuAdd = 0
    host.leak = 0
  }
  for (let cell = 0; cell < world.cellHosts.length; cell++) {
    const up: HostState[] = []
    for (const host of world.cellHosts[cell]) if (host.status === 'up') up.push(host)
    world.upHosts[cell] = up
  }
  world.loadMul.fill(1)
  applyFaults(world, t, step)
  loadPass(world, t, step)
  healthPass(world)
  afterStep(world, t)
  record(world, step)
  evaluateAlerts(world, t, step)
  world.t = t + STEP
}

function applyFaults(world: World, t: number, step: number) {
  const model = world.model
  for (const fault of model.faults) {
    const level = faultIntensity(world, fault.index, t)
    world.faultIntensity[fault.index][step] = level
    if (level <= 0) {
      world.faultActive[fault.index] = false
      continue
    }
    const effects = fault.def.effects
    if (!world.faultActive[fault.index] && effects.flushCache)
      for (const cell of fault.cells) world.warmth[cell] = 0
    world.faultActive[fault.index] = true
    if (fault.def.target.host !== undefined) {
      const host = world.hostByName.get(fault.def.target.host)
      if (host) applyEffects(host, effects, level)
    } else {
      for (const cell of fault.cells)
        for (const host of world.cellHosts[cell]) applyEffects(host, effects, level)
    }
    if (effects.loadFactor !== undefined)
      for (const cell of fault.cells) world.loadMul[cell] *= 1 + (effects.loadFactor - 1) * level
  }
}

function applyEffects(host: HostState, effects: FaultEffects, level: number) {
  if (effects.errorRate !== undefined)
    host.errAdd = 1 - (1 - host.errAdd) * (1 - effects.errorRate * level)
  if (effects.down) host.errAdd = 1 - (1 - host.errAdd) * (1 - level)
  if (effects.latencyMs !== undefined) host.latAdd += effects.latencyMs * level
  if (effects.latencyFactor !== undefined) host.latMul *= 1 + (effects.latencyFactor - 1) * level
  if (effects.capacityFactor !== undefined) host.capMul *= 1 - (1 - effects.capacityFactor) * level
  if (effects.cpu !== undefined) host.cpuAdd += effects.cpu * level
  if (effects.memoryLeak !== undefined) host.leak += effects.memoryLeak * level
}

function hitEffective(world: World, cachedBy: number, hitRatio: number, region: number) {
  const cache = calleeCell(world.model, cachedBy, region)
  return hitRatio * world.warmth[cache] * (1 - world.err[cache])
}

function loadPass(world: World, t: number, step: number) {
  const model = world.model
  world.edgeLoad.fill(0)
  for (const serviceIdx of model.order) {
    const service = model.services[serviceIdx]
    const entry = service.def.entry
    for (const region of service.regions) {
      const cell = service.cellByRegion[region]
      let incoming = world.edgeLoad[cell]
      if (entry) {
        const trend = Math.max(0, 1 + (entry.trend * t) / 3600)
        const noise = 1 + entry.noise * normalAt(world.seed, service.key, 7, step)
        incoming +=
          entry.rps * trend * entryShare(model, service, region, world.shares) * Math.max(0, noise)
      }
      // A surge multiplies fresh traffic; the clients' retries of earlier failures come on top.
      incoming *= world.loadMul[cell]
      const ring = world.retryRings[cell]
      if (ring) {
        const slot = step % ring.length
        incoming += ring[slot] / STEP
        ring[slot] = 0
      }
      const shed = world.shed[cell]
      world.incoming[cell] = incoming
      world.admitted[cell] = incoming * (1 - shed)
      world.shedRps[cell] = incoming * shed
      for (const edge of service.edges) {
        const callee = calleeCell(model, edge.to, region)
        const miss =
          edge.cachedBy >= 0 ? 1 - hitEffective(world, edge.cachedBy, edge.hitRatio, region) : 1
        world.edgeLoad[callee] +=
          world.admitted[cell] * edge.def.calls * miss * (1 + edge.def.retries * world.err[callee])
      }
    }
  }
}

/** P(latency > limit) for a distribution known by three percentiles. */
export function exceedFraction(p50: number, p95: number, p99: number, limit: number) {
  if (limit >= MAX_LATENCY_MS) return 0
  if (limit > p99) {
    const ratio = p99 / limit
    return 0.01 * ratio * ratio * ratio * ratio
  }
  if (limit <= 0) return 1
  if (limit <= p50) return 0.5 + 0.5 * (1 - limit / p50)
  if (limit <= p95) return 0.5 * 0.1 ** ((limit - p50) / Math.max(1e-9, p95 - p50))
  if (limit <= p99) return 0.05 * 0.2 ** ((limit - p95) / Math.max(1e-9, p99 - p95))
  return 0.01 * (p99 / limit) ** 4
}

function lerp(a: number, b: number, x: number) {
  const la = Math.log(Math.max(a, 0.01))
  return Math.exp(la + (Math.log(Math.max(b, 0.01)) - la) * x)
}

/** The latency at quantile q of a distribution known by three percentiles (log-linear in between). */
export function quantileOf(p50: number, p95: number, p99: number, q: number) {
  if (q === 0.5) return p50
  if (q === 0.95) return p95
  if (q === 0.99) return p99
  if (q <= 0.5) return lerp(p50 * 0.3, p50, Math.max(0, q) / 0.5)
  if (q <= 0.95) return lerp(p50, p95, (q - 0.5) / 0.45)
  if (q <= 0.99) return lerp(p95, p99, (q - 0.95) / 0.04)
  return lerp(p99, p99 * 1.5, Math.min(1, (q - 0.99) / 0.01))
}

const scratch: number[][] = [[], [], []]

function descending(a: number, b: number) {
  return b - a
}

function isHomogeneous(up: HostState[]) {
  const first = up[0]
  for (const host of up) {
    if (
      host.capMul !== first.capMul ||
      host.errAdd !== first.errAdd ||
      host.latAdd !== first.latAdd ||
      host.latMul !== first.latMul ||
      host.cpuAdd !== first.cpuAdd
    )
      return false
  }
  return true
}

/** What a call made by a fraction `fraction` of requests adds at quantile q of the caller. */
function callAt(
  q: number,
  fraction: number,
  c50: number,
  c95: number,
  c99: number,
  limit: number,
  times: number,
) {
  return fraction > 1 - q
    ? Math.min(limit, quantileOf(c50, c95, c99, 1 - (1 - q) / fraction)) * times
    : 0
}

/** The value at `tail` mass from the top when each host takes an equal share of the traffic. */
function tailValue(values: number[], count: number, tail: number) {
  const sorted = values.slice(0, count).sort(descending)
  let cumulative = 0
  for (const value of sorted) {
    cumulative += 1 / count
    if (cumulative > tail + 1e-9) return value
  }
  return sorted[sorted.length - 1]
}

function healthPass(world: World) {
  const model = world.model
  for (let o = model.order.length - 1; o >= 0; o--) {
    const service = model.services[model.order[o]]
    const def = service.def
    const base = def.latency
    for (const region of service.regions) {
      const cell = service.cellByRegion[region]
      const cellModel = model.cells[cell]
      const admitted = world.admitted[cell]
      const up = world.upHosts[cell]
      const u0 = Math.min(cellModel.u0, 0.9)
      let ownErr: number
      let own50: number
      let own95: number
      let own99: number
      let queueMetric = 0
      if (def.queue) {
        let capacity = 0
        let errAdd = 0
        let latMul = up.length > 0 ? 0 : 1
        let latAdd = 0
        for (const host of up) {
          capacity += cellModel.capacityPerHost * host.capMul
          errAdd += host.errAdd / up.length
          latMul += host.latMul / up.length
          latAdd += host.latAdd / up.length
        }
        const processed = Math.min(capacity, admitted + world.backlog[cell] / STEP)
        let backlog = Math.max(0, world.backlog[cell] + (admitted - processed) * STEP)
        let dropped = 0
        const maxDepth = def.queue.maxDepth
        if (maxDepth !== undefined && backlog > maxDepth) {
          dropped = (backlog - maxDepth) / STEP
          backlog = maxDepth
        }
        world.backlog[cell] = backlog
        const wait = capacity > 0 ? (backlog / capacity) * 1000 : MAX_LATENCY_MS
        own50 = base.p50 * latMul + latAdd + wait
        own95 = base.p95 * latMul + 1.5 * latAdd + wait
        own99 = base.p99 * latMul + 2 * latAdd + wait
        ownErr =
          1 -
          (1 - def.errorRate) *
            (1 - errAdd) *
            (1 - (admitted > 0 ? Math.min(1, dropped / admitted) : 0))
        const u = capacity > 0 ? processed / capacity : 1
        for (const host of up) {
          host.load = processed / up.length
          host.cpu = clampPercent(100 * u + host.cpuAdd)
          host.p99 = own99
        }
        queueMetric = backlog
      } else if (up.length === 0) {
        ownErr = admitted > 0 ? 1 : 0
        own50 = base.p50
        own95 = base.p95
        own99 = base.p99
      } else {
        const homogeneous = isHomogeneous(up)
        const hostsToCompute = homogeneous ? 1 : up.length
        const load = admitted / up.length
        ownErr = 0
        for (let i = 0; i < hostsToCompute; i++) {
          const host = up[i]
          const capacity = cellModel.capacityPerHost * host.capMul
          const u = capacity === Infinity ? 0 : capacity > 0 ? load / capacity : Infinity
          const k = (1 - u0) / (1 - Math.min(u, 0.98))
          const p50 = Math.min(MAX_LATENCY_MS, base.p50 * k * host.latMul + host.latAdd)
          const p95 = Math.min(
            MAX_LATENCY_MS,
            base.p95 * k ** 1.3 * host.latMul + 1.5 * host.latAdd,
          )
          const p99 = Math.min(MAX_LATENCY_MS, base.p99 * k ** 1.6 * host.latMul + 2 * host.latAdd)
          const overload = u > 1 ? 1 - 1 / u : 0
          const err = 1 - (1 - def.errorRate) * (1 - host.errAdd) * (1 - overload)
          const cpu =
            capacity === Infinity
              ? 30 * (cellModel.nominalLoad > 0 ? (load * up.length) / cellModel.nominalLoad : 0) +
                host.cpuAdd
              : 100 * Math.min(u, 1) + host.cpuAdd
          scratch[0][i] = p50
          scratch[1][i] = p95
          scratch[2][i] = p99
          ownErr += err
          host.load = load
          host.cpu = clampPercent(cpu)
          host.p99 = p99
        }
        ownErr /= hostsToCompute
        if (homogeneous) {
          own50 = scratch[0][0]
          own95 = scratch[1][0]
          own99 = scratch[2][0]
          for (const host of up) {
            host.load = up[0].load
            host.cpu = up[0].cpu
            host.p99 = up[0].p99
          }
        } else {
          own50 = tailValue(scratch[0], up.length, 0.5)
          own95 = tailValue(scratch[1], up.length, 0.05)
          own99 = tailValue(scratch[2], up.length, 0.01)
        }
      }

      let depOk = 1
      let add50 = 0
      let tail95 = (own95 - own50) ** 2
      let tail99 = (own99 - own50) ** 2
      for (const edge of service.edges) {
        if (edge.def.async) continue
        const callee = calleeCell(model, edge.to, region)
        const extra = model.cells[callee].region !== region ? CROSS_REGION_MS : 0
        const limit = edge.timeoutMs
        const miss =
          edge.cachedBy >= 0 ? 1 - hitEffective(world, edge.cachedBy, edge.hitRatio, region) : 1
        const c50 = world.p50[callee] + extra
        const c95 = world.p95[callee] + extra
        const c99 = world.p99[callee] + extra
        const timedOut = exceedFraction(c50, c95, c99, limit)
        const perCall = 1 - (1 - world.err[callee]) * (1 - timedOut)
        const afterRetries = perCall ** (edge.def.retries + 1)
        // A fraction of the requests make the call (calls < 1, cache misses), each of them `calls` times.
        const fraction = Math.min(1, edge.def.calls) * miss
        if (edge.def.critical)
          depOk *= 1 - fraction * (1 - (1 - afterRetries) ** Math.max(1, edge.def.calls))
        // Only the requests that make the call see its latency: at quantile q of the caller, a call made by
        // a fraction f of requests shows its own quantile 1 - (1 - q) / f, or nothing when f ≤ 1 - q.
        const times =
          Math.max(1, edge.def.calls) * (1 + edge.def.retries * Math.min(1, perCall * 5))
        const d50 = callAt(0.5, fraction, c50, c95, c99, limit, times)
        add50 += d50
        tail95 += (callAt(0.95, fraction, c50, c95, c99, limit, times) - d50) ** 2
        tail99 += (callAt(0.99, fraction, c50, c95, c99, limit, times) - d50) ** 2
      }
      // Independent tails add in quadrature, not linearly: a request is rarely slow in every call at once.
      const totalErr = 1 - (1 - ownErr) * depOk
      const incoming = world.incoming[cell]
      world.err[cell] =
        incoming > 0 ? (world.shedRps[cell] + admitted * totalErr) / incoming : totalErr
      world.p50[cell] = Math.min(MAX_LATENCY_MS, own50 + add50)
      world.p95[cell] = Math.min(MAX_LATENCY_MS, world.p50[cell] + Math.sqrt(tail95))
      world.p99[cell] = Math.min(
        MAX_LATENCY_MS,
        Math.max(world.p95[cell], world.p50[cell] + Math.sqrt(tail99)),
      )
      if (!def.queue) queueMetric = (admitted * world.p50[cell]) / 1000
      world.backlog[cell] = def.queue ? world.backlog[cell] : queueMetric
    }
  }
}

function clampPercent(value: number) {
  return Math.max(0, Math.min(100, value))
}

function afterStep(world: World, t: number) {
  const model = world.model
  for (const host of world.hosts) {
    if (host.status !== 'up' || host.leak <= 0) continue
    host.memory += (host.leak * STEP) / 60
    if (host.memory >= 100) {
      const service = model.services[model.cells[host.cell].service]
      setHostStatus(host, t + STEP, 'crashed')
      host.readyAt = t + STEP + Math.ceil(service.def.restartTime / STEP) * STEP
      host.memory = service.def.memory
      const pid = 1000 + ((host.number * 7919 + Math.floor(t)) % 30000)
      world.eventLogs.push(
        {
          t: t + STEP - 1,
          service: service.id,
          host: host.name,
          level: 'ERROR',
          text: `kernel: Out of memory: Killed process ${pid} (${service.id}) total-vm:8388608kB, anon-rss:7864320kB, oom_score_adj:0`,
        },
        {
          t: t + STEP,
          service: service.id,
          host: host.name,
          level: 'WARN',
          text: `systemd[1]: ${service.id}.service: Main process exited, code=killed, status=9/KILL`,
        },
      )
    }
  }
  for (const cell of model.cells) {
    const service = model.services[cell.service].def
    if (service.cache && world.err[cell.index] < 0.5)
      world.warmth[cell.index] +=
        (1 - world.warmth[cell.index]) * Math.min(1, STEP / service.cache.warmup)
    const ring = world.retryRings[cell.index]
    const clients = service.entry?.clients
    if (ring && clients) {
      const c = cell.index
      const shed = world.shedRps[c] * STEP * (clients.shedRetryFraction ?? clients.retryFraction)
      const failed =
        Math.max(0, world.incoming[c] * world.err[c] - world.shedRps[c]) *
        STEP *
        clients.retryFraction
      const step = stepIndex(model, t)
      spreadRetries(ring, step, failed, clients.retryDelay, clients.jitter)
      spreadRetries(ring, step, shed, clients.shedRetryDelay ?? clients.retryDelay, clients.jitter)
    }
  }
}

function spreadRetries(
  ring: Float64Array,
  step: number,
  amount: number,
  delay: number,
  jitter: number,
) {
  if (amount <= 0) return
  const first = Math.max(1, Math.round((delay - jitter) / STEP))
  const last = Math.max(first, Math.round((delay + jitter) / STEP))
  for (let d = first; d <= last; d++) ring[(step + d) % ring.length] += amount / (last - first + 1)
}

const noise = new Float64Array(8)
const noiseScale = [0.01, 0.06, 0.04, 0.05, 0.06, 0, 0, 0.05]

function record(world: World, step: number) {
  const model = world.model
  const cells = model.cells.length
  for (const cell of model.cells) {
    const c = cell.index
    const up = world.upHosts[c]
    const n = normalsAt(noise, world.seed, cell.key, step)
    const at = (step * cells + c) * METRICS
    const s = world.samples
    s[at + metricIndex.rps] = Math.max(0, world.incoming[c] * (1 + noiseScale[0] * n[0]))
    s[at + metricIndex.errorRate] = Math.max(
      0,
      Math.min(1, world.err[c] * (1 + noiseScale[1] * n[1])),
    )
    const p50 = world.p50[c] * (1 + noiseScale[2] * n[2])
    const p95 = Math.max(p50, world.p95[c] * (1 + noiseScale[3] * n[3]))
    s[at + metricIndex.p50] = p50
    s[at + metricIndex.p95] = p95
    s[at + metricIndex.p99] = Math.max(p95, world.p99[c] * (1 + noiseScale[4] * n[4]))
    let cpu = 0
    let memory = 0
    for (const host of up) {
      cpu += host.cpu / up.length
      memory += host.memory / up.length
    }
    s[at + metricIndex.cpu] = clampPercent(cpu + (up.length > 0 ? 1.5 * n[5] : 0))
    s[at + metricIndex.memory] = clampPercent(memory + (up.length > 0 ? 0.3 * n[6] : 0))
    s[at + metricIndex.queue] = Math.max(0, world.backlog[c] * (1 + noiseScale[7] * n[7]))
  }
}

/** The recorded (noisy) value of one metric of one cell at a step. */
export function sampleAt(world: World, step: number, cell: number, metric: number) {
  return world.samples[(step * world.model.cells.length + cell) * METRICS + metric]
}

/** A metric over several cells (a service across regions): sums for rates and depths, traffic-weighted means otherwise. */
export function aggregateAt(world: World, step: number, cells: number[], metric: number) {
  if (cells.length === 1) return sampleAt(world, step, cells[0], metric)
  if (metric === metricIndex.rps || metric === metricIndex.queue) {
    let sum = 0
    for (const cell of cells) sum += sampleAt(world, step, cell, metric)
    return sum
  }
  if (metric === metricIndex.cpu || metric === metricIndex.memory) {
    let sum = 0
    for (const cell of cells) sum += sampleAt(world, step, cell, metric)
    return sum / cells.length
  }
  let weight = 0
  let sum = 0
  for (const cell of cells) {
    const rps = sampleAt(world, step, cell, metricIndex.rps)
    weight += rps
    sum += rps * sampleAt(world, step, cell, metric)
  }
  if (weight > 0) return sum / weight
  let plain = 0
  for (const cell of cells) plain += sampleAt(world, step, cell, metric)
  return plain / cells.length
}

function evaluateAlerts(world: World, t: number, step: number) {
  const model = world.model
  const first = Math.max(0, step - 5)
  for (let i = 0; i < model.alerts.length; i++) {
    const alert = model.alerts[i]
    let sum = 0
    for (let k = first; k <= step; k++) sum += aggregateAt(world, k, alert.cells, alert.metric)
    const value = sum / (step - first + 1)
    const def = alert.def
    const breached = def.above !== undefined ? value > def.above : value < def.below!
    const now = t + STEP
    if (breached) {
      world.alertPending[i] ??= t
      if (world.alertFiring[i] < 0 && now - world.alertPending[i]! >= def.for) {
        world.alertFiring[i] = world.alertEvents.length
        world.alertEvents.push({ rule: i, firedAt: now, value })
      }
    } else {
      world.alertPending[i] = undefined
      if (world.alertFiring[i] >= 0) {
        world.alertEvents[world.alertFiring[i]].resolvedAt = now
        world.alertFiring[i] = -1
      }
    }
  }
}
