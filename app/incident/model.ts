import { hashString } from './rng'
import {
  metricNames,
  type AlertDef,
  type DependencyDef,
  type FaultDef,
  type MetricName,
  type Scenario,
  type ServiceDef,
} from './schema'
import { parseClock } from './time'

/** The simulation advances in steps of this many seconds; the candidate's clock moves in whole steps. */
export const STEP = 10
/** After the incident ends the world runs on this long, so that a relapse counts against the score. */
export const VERIFICATION_WINDOW = 900
/** Added to each call that crosses regions. */
export const CROSS_REGION_MS = 70
/** Gateways time requests out here: no latency is ever reported above it. */
export const MAX_LATENCY_MS = 30_000

export const metricIndex: Record<MetricName, number> = Object.fromEntries(
  metricNames.map((name, i) => [name, i]),
) as Record<MetricName, number>

export interface EdgeModel {
  def: DependencyDef
  to: number
  cachedBy: number
  hitRatio: number
  timeoutMs: number
}

export interface ServiceModel {
  index: number
  id: string
  def: ServiceDef
  regions: number[]
  /** Cell index per region index, -1 where the service does not run. */
  cellByRegion: number[]
  edges: EdgeModel[]
  key: number
}

export interface CellModel {
  index: number
  service: number
  region: number
  managed: boolean
  initialHosts: number
  maxHosts: number
  /** Requests per second per host (managed: the whole region's capacity, Infinity when unlimited). */
  capacityPerHost: number
  /** Requests per second reaching the cell at t = 0 with nothing broken. */
  nominalLoad: number
  /** Utilisation at nominal load: latency percentiles in the scenario are what the cell shows there. */
  u0: number
  key: number
}

export interface FaultModel {
  index: number
  def: FaultDef
  service: number
  /** Cells the fault touches. */
  cells: number[]
  key: number
}

export interface AlertModel {
  def: AlertDef
  metric: number
  cells: number[]
}

/** A scenario prepared for simulation: indexes, the call order and nominal loads. Pure function of the scenario. */
export interface Model {
  scenario: Scenario
  pagedAt: number
  historyStart: number
  timeLimit: number
  horizon: number
  regions: string[]
  regionShort: string[]
  baseShares: number[]
  services: ServiceModel[]
  serviceIndex: Map<string, number>
  cells: CellModel[]
  /** Services with callers before callees. */
  order: number[]
  faults: FaultModel[]
  faultIndex: Map<string, number>
  alerts: AlertModel[]
}

const modelCache = new WeakMap<Scenario, Model>()

/** Compiles (and caches per scenario object) the simulation model of a validated scenario. */
export function compileModel(scenario: Scenario): Model {
  const cached = modelCache.get(scenario)
  if (cached) return cached
  const regions = scenario.regions.map((region) => region.id)
  const regionIndex = new Map(regions.map((id, i) => [id, i]))
  const given = scenario.regions.map((region) => region.traffic)
  const unspecified = given.filter((share) => share === undefined).length
  const rest = Math.max(0, 1 - given.reduce<number>((sum, share) => sum + (share ?? 0), 0))
  const rawShares = given.map((share) => share ?? (unspecified ? rest / unspecified : 0))
  const shareTotal = rawShares.reduce((sum, share) => sum + share, 0) || 1
  const baseShares = rawShares.map((share) => share / shareTotal)

  const serviceIndex = new Map(scenario.services.map((service, i) => [service.id, i]))
  const cells: CellModel[] = []
  const services: ServiceModel[] = scenario.services.map((def, index) => {
    const serviceRegions = (def.regions ?? regions).map((id) => regionIndex.get(id)!)
    const cellByRegion = regions.map(() => -1)
    for (const region of serviceRegions) {
      const hosts = typeof def.hosts === 'number' ? def.hosts : (def.hosts[regions[region]] ?? 0)
      const managed = hosts === 0
      cellByRegion[region] = cells.length
      cells.push({
        index: cells.length,
        service: index,
        region,
        managed,
        initialHosts: managed ? 1 : hosts,
        maxHosts: managed ? 1 : Math.max(hosts, def.maxHosts ?? hosts * 2),
        capacityPerHost: def.capacity ?? Infinity,
        nominalLoad: 0,
        u0: 0,
        key: hashString(`${def.id}@${regions[region]}`),
      })
    }
    return {
      index,
      id: def.id,
      def,
      regions: serviceRegions,
      cellByRegion,
      edges: def.dependencies.map((dep) => ({
        def: dep,
        to: serviceIndex.get(dep.service)!,
        cachedBy: dep.cachedBy === undefined ? -1 : serviceIndex.get(dep.cachedBy)!,
        hitRatio: dep.hitRatio ?? 0,
        timeoutMs: dep.timeoutMs ?? MAX_LATENCY_MS,
      })),
      key: hashString(def.id),
    }
  })

  const order = callOrder(services)
  const pagedAt = parseClock(scenario.clock.pagedAt) ?? 0
  const model: Model = {
    scenario,
    pagedAt,
    historyStart: -Math.ceil(scenario.clock.history / STEP) * STEP,
    timeLimit: Math.ceil(scenario.clock.timeLimit / STEP) * STEP,
    horizon: Math.ceil(scenario.clock.timeLimit / STEP) * STEP + VERIFICATION_WINDOW,
    regions,
    regionShort: scenario.regions.map((region) => region.short ?? region.id),
    baseShares,
    services,
    serviceIndex,
    cells,
    order,
    faults: [],
    faultIndex: new Map(scenario.faults.map((fault, i) => [fault.id, i])),
    alerts: [],
  }
  computeNominalLoads(model)
  model.faults = scenario.faults.map((def, index) => {
    const service = services[serviceIndex.get(def.target.service)!]
    const region = def.target.region === undefined ? undefined : regionIndex.get(def.target.region)
    let targetCells = service.cellByRegion.filter(
      (cell, r) => cell >= 0 && (region === undefined || r === region),
    )
    if (def.target.host !== undefined) {
      const host = parseHostName(model, def.target.host)
      targetCells = host ? [host.cell] : []
    }
    return { index, def, service: service.index, cells: targetCells, key: hashString(def.id) }
  })
  model.alerts = scenario.alerts.map((def) => {
    const service = services[serviceIndex.get(def.service)!]
    const region = def.region === undefined ? undefined : regionIndex.get(def.region)
    return {
      def,
      metric: metricIndex[def.metric],
      cells: service.cellByRegion.filter(
        (cell, r) => cell >= 0 && (region === undefined || r === region),
      ),
    }
  })
  modelCache.set(scenario, model)
  return model
}

/** Callers before callees; the scenario validator has already refused cycles. */
function callOrder(services: ServiceModel[]) {
  const order: number[] = []
  const state = new Map<number, 'visiting' | 'done'>()
  const visit = (index: number) => {
    if (state.get(index) !== undefined) return
    state.set(index, 'visiting')
    for (const edge of services[index].edges) visit(edge.to)
    state.set(index, 'done')
    order.push(index)
  }
  for (const service of services) visit(service.index)
  return order.reverse()
}

/** The cell a caller in `region` reaches for `service`: the same region, else the service's first one. */
export function calleeCell(model: Model, service: number, region: number) {
  const target = model.services[service]
  const local = target.cellByRegion[region]
  return local >= 0 ? local : target.cellByRegion[target.regions[0]]
}

/** The share of the service's entry traffic that lands in `region`, given the current region shares. */
export function entryShare(model: Model, service: ServiceModel, region: number, shares: number[]) {
  let total = 0
  for (const r of service.regions) total += shares[r]
  return total > 0 ? shares[region] / total : 0
}

function computeNominalLoads(model: Model) {
  const incoming = model.cells.map(() => 0)
  for (const serviceIdx of model.order) {
    const service = model.services[serviceIdx]
    for (const region of service.regions) {
      const cell = service.cellByRegion[region]
      if (service.def.entry)
        incoming[cell] +=
          service.def.entry.rps * entryShare(model, service, region, model.baseShares)
      for (const edge of service.edges) {
        const callee = calleeCell(model, edge.to, region)
        const miss = edge.cachedBy >= 0 ? 1 - edge.hitRatio : 1
        incoming[callee] += incoming[cell] * edge.def.calls * miss
      }
    }
  }
  for (const cell of model.cells) {
    cell.nominalLoad = incoming[cell.index]
    cell.u0 =
      cell.capacityPerHost === Infinity
        ? 0
        : incoming[cell.index] / (cell.capacityPerHost * cell.initialHosts)
  }
}

/** `checkout-use1-03` → its cell and number, for hosts that exist at the start. */
export function parseHostName(model: Model, name: string) {
  for (const service of model.services) {
    for (const region of service.regions) {
      const prefix = `${service.id}-${model.regionShort[region]}-`
      if (!name.startsWith(prefix)) continue
      const number = Number(name.slice(prefix.length))
      const cell = model.cells[service.cellByRegion[region]]
      if (Number.isInteger(number) && number >= 1 && number <= cell.initialHosts && !cell.managed)
        return { cell: cell.index, number }
    }
  }
  return undefined
}

/** The name of host `number` (1-based) of a cell. */
export function hostName(model: Model, cell: number, number: number) {
  const c = model.cells[cell]
  const service = model.services[c.service].id
  return c.managed
    ? `${service}-${model.regionShort[c.region]}`
    : `${service}-${model.regionShort[c.region]}-${String(number).padStart(2, '0')}`
}
