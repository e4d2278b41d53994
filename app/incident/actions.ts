import { renderTemplate } from './logs'
import { calleeCell, metricIndex, STEP, type Model } from './model'
import { createRng, hashString, mix } from './rng'
import {
  type ActionCategory,
  type ActionType,
  type IncidentAction,
  type RuleDef,
  type Scenario,
  type SeverityLevel,
  type Verdict,
} from './schema'
import {
  addHost,
  exceedFraction,
  faultIntensity,
  sampleAt,
  schedule,
  setHostStatus,
  setVersion,
  stepIndex,
  type ChangeRecord,
  type HostState,
  type World,
} from './sim'
import { formatDuration } from './time'

/** What each action costs the candidate's clock unless the scenario says otherwise (seconds). */
export const defaultCosts: Record<Exclude<ActionType, 'wait' | 'custom'>, number> = {
  'open-dashboard': 30,
  'search-logs': 60,
  'view-changes': 30,
  'check-dependency': 60,
  'run-diagnostic': 60,
  rollback: 60,
  failover: 60,
  'fail-back': 60,
  'scale-out': 60,
  restart: 60,
  drain: 30,
  undrain: 30,
  'disable-flag': 30,
  'enable-flag': 30,
  'shed-load': 60,
  'declare-severity': 30,
  'post-status': 120,
  'page-team': 60,
  resolve: 0,
}

export const actionCategory: Record<Exclude<ActionType, 'custom'>, ActionCategory | 'wait'> = {
  wait: 'wait',
  'open-dashboard': 'investigate',
  'search-logs': 'investigate',
  'view-changes': 'investigate',
  'check-dependency': 'investigate',
  'run-diagnostic': 'investigate',
  rollback: 'mitigate',
  failover: 'mitigate',
  'fail-back': 'mitigate',
  'scale-out': 'mitigate',
  restart: 'mitigate',
  drain: 'mitigate',
  undrain: 'mitigate',
  'disable-flag': 'mitigate',
  'enable-flag': 'mitigate',
  'shed-load': 'mitigate',
  'declare-severity': 'communicate',
  'post-status': 'communicate',
  'page-team': 'communicate',
  resolve: 'communicate',
}

/** Delays before an action's effect lands (seconds), where the action does not compute its own. */
const FAILOVER_DELAY = 180
const DRAIN_DELAY = 30
const FLAG_DELAY = 30
const SHED_DELAY = 60
const CONFIG_ROLLBACK = 60
/** Penalties for actions a rule judges harmful or wasted, unless the rule gives its own. */
export const defaultPenalty: Record<Verdict, number> = {
  good: 0,
  neutral: 0,
  wasted: 3,
  harmful: 8,
}
/** The longest single wait. */
export const MAX_WAIT = 3600
/** Log searches look this far back unless the action says otherwise, and never further than MAX. */
export const DEFAULT_LOG_WINDOW = 900
export const MAX_LOG_WINDOW = 3600

/** A refused action: it is not recorded and takes no time. The message is a sentence for the candidate. */
export class IncidentActionError extends Error {}

export interface DependencyCheck {
  service: string
  dependency: string
  regions: {
    region: string
    status: 'healthy' | 'degraded' | 'down'
    errorRate: number
    p50: number
    p99: number
    /** Share of calls over the caller's timeout. */
    timeouts?: number
    message?: string
  }[]
}

export interface ActionRecord {
  index: number
  at: number
  action: IncidentAction
  category: ActionCategory | 'wait'
  /** Seconds the candidate's clock moved. */
  cost: number
  /** What the candidate is told happened. */
  summary: string
  verdict: Verdict
  penalty: number
  note?: string
  dependencyCheck?: DependencyCheck
  output?: string
}

export interface SessionState {
  world: World
  now: number
  dashboards: string[]
  changesViewedAt?: number
  severity: { at: number; level: SeverityLevel }[]
  statusUpdates: { at: number; message: string }[]
  pages: { at: number; team: string }[]
}

/** investigate, mitigate, communicate or wait: how the catalogue groups an action. */
export function categoryOf(scenario: Scenario, action: IncidentAction): ActionCategory | 'wait' {
  if (action.type === 'custom')
    return (
      scenario.actions.custom.find((custom) => custom.id === action.id)?.category ?? 'investigate'
    )
  return actionCategory[action.type]
}

/** Seconds the action takes from the candidate's clock, rounded up to whole simulation steps. */
export function costOf(scenario: Scenario, action: IncidentAction): number {
  let seconds: number
  if (action.type === 'wait') seconds = action.seconds
  else if (action.type === 'custom')
    seconds = scenario.actions.custom.find((custom) => custom.id === action.id)?.cost ?? 60
  else seconds = scenario.actions.costs[action.type] ?? defaultCosts[action.type]
  return Math.ceil(seconds / STEP) * STEP
}

function findService(model: Model, id: string) {
  const index = model.serviceIndex.get(id)
  if (index === undefined) throw new IncidentActionError(`There is no service "${id}".`)
  return model.services[index]
}

function findRegion(model: Model, id: string) {
  const index = model.regions.indexOf(id)
  if (index < 0)
    throw new IncidentActionError(
      `There is no region "${id}" (regions: ${model.regions.join(', ')}).`,
    )
  return index
}

function findHost(world: World, name: string): HostState {
  const host = world.hostByName.get(name)
  if (!host || host.virtual)
    throw new IncidentActionError(`There is no host "${name}"; the service map lists the hosts.`)
  return host
}

function serviceOfHost(world: World, host: HostState) {
  return world.model.services[world.model.cells[host.cell].service]
}

/** The diagnostic commands a candidate can run on a host of `service`. */
export function commandsFor(scenario: Scenario, service: string) {
  const commands = ['top']
  for (const diagnostic of scenario.diagnostics) {
    if (
      (diagnostic.service === undefined || diagnostic.service === service) &&
      !commands.includes(diagnostic.command)
    )
      commands.push(diagnostic.command)
  }
  return commands
}

function rollbackTarget(world: World, now: number, service: string, changeId?: string) {
  const candidates = world.changes.filter(
    (change) =>
      change.service === service &&
      (change.kind === 'deploy' || change.kind === 'config') &&
      !change.byCandidate &&
      change.at <= now,
  )
  if (changeId !== undefined) {
    const change = candidates.find((candidate) => candidate.id === changeId)
    if (!change)
      throw new IncidentActionError(`${service} has no change "${changeId}" to roll back.`)
    if (change.revertedAt !== undefined)
      throw new IncidentActionError(`${change.id} is already rolled back.`)
    return change
  }
  const open = candidates.filter((change) => change.revertedAt === undefined)
  if (open.length === 0)
    throw new IncidentActionError(`${service} has no deploy or config change to roll back.`)
  return open[open.length - 1]
}

function restartHosts(world: World, action: Extract<IncidentAction, { type: 'restart' }>) {
  const model = world.model
  if ((action.host === undefined) === (action.service === undefined))
    throw new IncidentActionError(
      'Restart either a service (optionally in one region) or one host.',
    )
  if (action.host !== undefined) {
    if (action.region !== undefined)
      throw new IncidentActionError('A host restart takes no region.')
    return [findHost(world, action.host)]
  }
  const service = findService(model, action.service!)
  const region = action.region === undefined ? undefined : findRegion(model, action.region)
  if (region !== undefined && service.cellByRegion[region] < 0)
    throw new IncidentActionError(`${service.id} does not run in ${action.region}.`)
  return service.cellByRegion
    .filter((cell, r) => cell >= 0 && (region === undefined || r === region))
    .flatMap((cell) => world.cellHosts[cell].filter((host) => host.status !== 'drained'))
}

/** Throws IncidentActionError when the action cannot be taken now; returns nothing otherwise. */
export function checkAction(session: SessionState, scenario: Scenario, action: IncidentAction) {
  const { world, now } = session
  const model = world.model
  switch (action.type) {
    case 'wait':
      if (action.seconds > MAX_WAIT)
        throw new IncidentActionError(`Wait at most ${formatDuration(MAX_WAIT)} at a time.`)
      return
    case 'open-dashboard':
      findService(model, action.service)
      return
    case 'search-logs':
      findService(model, action.service)
      if ((action.window ?? 0) > MAX_LOG_WINDOW)
        throw new IncidentActionError(
          `Log searches reach back at most ${formatDuration(MAX_LOG_WINDOW)}.`,
        )
      return
    case 'view-changes':
      return
    case 'check-dependency': {
      const service = findService(model, action.service)
      findService(model, action.dependency)
      if (!service.def.dependencies.some((dep) => dep.service === action.dependency))
        throw new IncidentActionError(`${action.service} does not call ${action.dependency}.`)
      return
    }
    case 'run-diagnostic': {
      const host = findHost(world, action.host)
      const service = serviceOfHost(world, host).id
      const commands = commandsFor(scenario, service)
      if (!commands.includes(action.command.trim()))
        throw new IncidentActionError(
          `"${action.command}" is not available on ${host.name}; try ${commands.join(', ')}.`,
        )
      if (host.status !== 'up' && host.status !== 'drained')
        throw new IncidentActionError(`${host.name} is ${host.status} and does not answer.`)
      return
    }
    case 'rollback':
      findService(model, action.service)
      rollbackTarget(world, now, action.service, action.change)
      return
    case 'failover': {
      const from = findRegion(model, action.from)
      if (action.to !== undefined && findRegion(model, action.to) === from)
        throw new IncidentActionError('Fail over to a different region.')
      if (model.regions.length < 2) throw new IncidentActionError('There is only one region.')
      if (world.shares[from] <= 0.0001)
        throw new IncidentActionError(`${action.from} already takes no traffic.`)
      return
    }
    case 'fail-back': {
      const region = findRegion(model, action.region)
      if (Math.abs(world.shares[region] - model.baseShares[region]) < 0.0001)
        throw new IncidentActionError(`${action.region} already takes its usual share of traffic.`)
      return
    }
    case 'scale-out': {
      const service = findService(model, action.service)
      const region = action.region === undefined ? undefined : findRegion(model, action.region)
      if (region !== undefined && service.cellByRegion[region] < 0)
        throw new IncidentActionError(`${service.id} does not run in ${action.region}.`)
      for (const cell of service.cellByRegion) {
        if (cell < 0 || (region !== undefined && model.cells[cell].region !== region)) continue
        const c = model.cells[cell]
        if (c.managed)
          throw new IncidentActionError(
            `${service.id} is a managed service; it has no hosts to add.`,
          )
        const count = world.cellHosts[cell].length
        if (count + action.hosts > c.maxHosts)
          throw new IncidentActionError(
            `${service.id} in ${model.regions[c.region]} can have at most ${c.maxHosts} hosts (it has ${count}); add at most ${c.maxHosts - count}.`,
          )
      }
      return
    }
    case 'restart':
      if (restartHosts(world, action).length === 0)
        throw new IncidentActionError('There is nothing to restart.')
      return
    case 'drain': {
      const host = findHost(world, action.host)
      if (host.status === 'drained')
        throw new IncidentActionError(`${host.name} is already drained.`)
      return
    }
    case 'undrain': {
      const host = findHost(world, action.host)
      if (host.status !== 'drained') throw new IncidentActionError(`${host.name} is not drained.`)
      return
    }
    case 'disable-flag':
    case 'enable-flag': {
      if (!world.flags.has(action.flag))
        throw new IncidentActionError(`There is no feature flag "${action.flag}".`)
      const on = world.flags.get(action.flag)
      if (action.type === 'disable-flag' && !on)
        throw new IncidentActionError(`${action.flag} is already off.`)
      if (action.type === 'enable-flag' && on)
        throw new IncidentActionError(`${action.flag} is already on.`)
      return
    }
    case 'shed-load': {
      const service = findService(model, action.service)
      if (action.region !== undefined && service.cellByRegion[findRegion(model, action.region)] < 0)
        throw new IncidentActionError(`${service.id} does not run in ${action.region}.`)
      return
    }
    case 'declare-severity':
    case 'post-status':
      return
    case 'page-team':
      if (!scenario.teams.some((team) => team.id === action.team))
        throw new IncidentActionError(`There is no team "${action.team}" to page.`)
      return
    case 'custom':
      if (!scenario.actions.custom.some((custom) => custom.id === action.id))
        throw new IncidentActionError(`There is no action "${action.id}".`)
      return
    case 'resolve':
      if (!scenario.rootCause.options.some((option) => option.id === action.rootCause))
        throw new IncidentActionError(
          `"${action.rootCause}" is not one of the answers (${scenario.rootCause.options.map((o) => o.id).join(', ')}).`,
        )
      return
  }
}

/** The fields a rule's `match` is compared with: the action's own, plus the service and region of a host. */
function matchFields(world: World, action: IncidentAction): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...action }
  if ('host' in action && action.host !== undefined) {
    const host = world.hostByName.get(action.host)
    if (host) {
      fields.service ??= serviceOfHost(world, host).id
      fields.region ??= world.model.regions[world.model.cells[host.cell].region]
    }
  }
  return fields
}

/** The first rule whose every `match` field equals the action's (a list in the rule means any of). */
export function matchRule(
  world: World,
  rules: RuleDef[],
  action: IncidentAction,
): RuleDef | undefined {
  const fields = matchFields(world, action)
  return rules.find((rule) =>
    Object.entries(rule.match).every(([key, expected]) => {
      const actual = fields[key]
      return Array.isArray(expected)
        ? expected.some((value) => value === actual)
        : expected === actual
    }),
  )
}

function addChange(world: World, change: Omit<ChangeRecord, 'id' | 'byCandidate' | 'author'>) {
  const record: ChangeRecord = {
    ...change,
    id: `you-${world.changes.filter((c) => c.byCandidate).length + 1}`,
    author: 'you (on-call)',
    byCandidate: true,
  }
  world.changes.push(record)
  return record
}

function note(world: World, at: number, text: string) {
  schedule(world, at, (w) => w.notes.push({ at: Math.ceil(at / STEP) * STEP, text }))
}

function regionList(model: Model, cells: number[]) {
  const names = [...new Set(cells.map((cell) => model.regions[model.cells[cell].region]))]
  return names.length === model.regions.length && names.length > 1
    ? 'all regions'
    : names.join(', ')
}

/**
 * Applies an action's effects at time `now`: snapshots for investigations, scheduled changes for
 * mitigations. Returns what the candidate is told and when the effect lands (for rule effects).
 */
export function performAction(
  session: SessionState,
  scenario: Scenario,
  action: IncidentAction,
): { summary: string; effectAt: number; dependencyCheck?: DependencyCheck; output?: string } {
  const { world, now } = session
  const model = world.model
  switch (action.type) {
    case 'wait':
      return { summary: `Waited ${formatDuration(action.seconds)}`, effectAt: now }
    case 'open-dashboard':
      if (!session.dashboards.includes(action.service)) session.dashboards.push(action.service)
      return { summary: `Opened the ${action.service} dashboard`, effectAt: now }
    case 'search-logs': {
      const window = action.window ?? DEFAULT_LOG_WINDOW
      return {
        summary: `Searched ${action.service} logs${action.query ? ` for "${action.query}"` : ''} (last ${formatDuration(window)})`,
        effectAt: now,
      }
    }
    case 'view-changes':
      session.changesViewedAt ??= now
      return { summary: 'Opened the deploy and config change history', effectAt: now }
    case 'check-dependency': {
      const check = checkDependency(world, now, action.service, action.dependency)
      return {
        summary: `Checked ${action.service} → ${action.dependency}: ${check.regions.map((r) => `${r.status} in ${r.region}`).join(', ')}`,
        effectAt: now,
        dependencyCheck: check,
      }
    }
    case 'run-diagnostic': {
      const host = world.hostByName.get(action.host)!
      return {
        summary: `Ran \`${action.command.trim()}\` on ${host.name}`,
        effectAt: now,
        output: runDiagnostic(world, scenario, now, host, action.command.trim()),
      }
    }
    case 'rollback': {
      const change = rollbackTarget(world, now, action.service, action.change)
      const service = findService(model, action.service)
      const rollout = change.kind === 'deploy' ? service.def.deployTime : CONFIG_ROLLBACK
      change.revertedAt = now
      change.revertRollout = rollout
      const to = change.previousVersion
      addChange(world, {
        at: now,
        kind: change.kind,
        service: action.service,
        summary: `Rollback of ${change.id}${to ? ` (back to ${to})` : ''}`,
        version: to,
        rollout,
      })
      if (to) setVersion(world, action.service, now + rollout, to)
      note(
        world,
        now + rollout,
        `Rollback of ${change.id} on ${action.service} finished in every region.`,
      )
      return {
        summary: `Started rolling back ${change.id} on ${action.service}${to ? ` to ${to}` : ''} (about ${formatDuration(rollout)})`,
        effectAt: now + rollout,
      }
    }
    case 'failover': {
      const from = model.regions.indexOf(action.from)
      const to = action.to === undefined ? undefined : model.regions.indexOf(action.to)
      const fraction = action.percent / 100
      const at = now + FAILOVER_DELAY
      schedule(world, at, (w) => {
        const moved = w.shares[from] * fraction
        w.shares[from] -= moved
        if (to !== undefined) w.shares[to] += moved
        else {
          const others = w.shares.map((share, r) => (r === from ? 0 : model.baseShares[r]))
          const total = others.reduce((sum, share) => sum + share, 0)
          others.forEach((share, r) => (w.shares[r] += total > 0 ? (moved * share) / total : 0))
        }
      })
      const destination = action.to ?? 'the other regions'
      addChange(world, {
        at: now,
        kind: 'infra',
        summary: `Traffic shift: ${action.percent}% of ${action.from} traffic to ${destination}`,
        rollout: FAILOVER_DELAY,
      })
      note(world, at, `Traffic shift from ${action.from} complete (DNS TTLs expired).`)
      return {
        summary: `Shifting ${action.percent}% of ${action.from} traffic to ${destination} (DNS TTL about ${formatDuration(FAILOVER_DELAY)})`,
        effectAt: at,
      }
    }
    case 'fail-back': {
      const region = model.regions.indexOf(action.region)
      const at = now + FAILOVER_DELAY
      schedule(world, at, (w) => {
        const others = w.shares.reduce((sum, share, r) => (r === region ? sum : sum + share), 0)
        const remaining = 1 - model.baseShares[region]
        w.shares.forEach((share, r) => {
          w.shares[r] =
            r === region ? model.baseShares[region] : others > 0 ? (share * remaining) / others : 0
        })
      })
      addChange(world, {
        at: now,
        kind: 'infra',
        summary: `Traffic shift: ${action.region} back to its usual share`,
        rollout: FAILOVER_DELAY,
      })
      note(world, at, `${action.region} is taking its usual share of traffic again.`)
      return {
        summary: `Moving traffic back to ${action.region} (about ${formatDuration(FAILOVER_DELAY)})`,
        effectAt: at,
      }
    }
    case 'scale-out': {
      const service = findService(model, action.service)
      const region = action.region === undefined ? undefined : model.regions.indexOf(action.region)
      const ready = now + Math.ceil(service.def.bootTime / STEP) * STEP
      const cells = service.cellByRegion.filter(
        (cell, r) => cell >= 0 && (region === undefined || r === region),
      )
      for (const cell of cells) {
        for (let i = 0; i < action.hosts; i++) {
          const number = Math.max(...world.cellHosts[cell].map((host) => host.number)) + 1
          const host = addHost(world, cell, number, now, 'booting')
          host.readyAt = ready
        }
      }
      const where = regionList(model, cells)
      addChange(world, {
        at: now,
        kind: 'infra',
        service: service.id,
        summary: `Scale-out: ${service.id} +${action.hosts} hosts in ${where}`,
        rollout: service.def.bootTime,
      })
      note(
        world,
        ready,
        `${action.hosts * cells.length} new ${service.id} hosts passed their health checks and joined the load balancer.`,
      )
      return {
        summary: `Adding ${action.hosts} ${service.id} host${action.hosts > 1 ? 's' : ''} in ${where} (boot and warm-up about ${formatDuration(service.def.bootTime)})`,
        effectAt: ready,
      }
    }
    case 'restart': {
      const hosts = restartHosts(world, action)
      const service = serviceOfHost(world, hosts[0])
      const restartTime = Math.ceil(service.def.restartTime / STEP) * STEP
      const byCell = new Map<number, HostState[]>()
      for (const host of hosts) byCell.set(host.cell, [...(byCell.get(host.cell) ?? []), host])
      let finish = now
      for (const [cell, cellHosts] of byCell) {
        const batch = Math.max(1, Math.ceil(cellHosts.length / 4))
        cellHosts.forEach((host, i) => {
          const start = now + Math.floor(i / batch) * restartTime
          finish = Math.max(finish, start + restartTime)
          schedule(world, start, (w) => {
            setHostStatus(host, start, 'restarting')
            host.readyAt = start + restartTime
            host.memory = service.def.memory
            if (service.def.cache) w.warmth[cell] *= 1 - 1 / Math.max(1, w.cellHosts[cell].length)
            if (!host.virtual)
              w.eventLogs.push({
                t: start,
                service: service.id,
                host: host.name,
                level: 'INFO',
                text: `systemd[1]: Stopping ${service.id}.service...`,
              })
          })
        })
      }
      const what = action.host ?? `${service.id} in ${regionList(model, [...byCell.keys()])}`
      note(world, finish, `Restart of ${what} finished.`)
      return {
        summary: `Restarting ${what}${[...byCell.values()].some((list) => list.length > 1) ? ' (rolling, a quarter of the hosts at a time)' : ''}`,
        effectAt: finish,
      }
    }
    case 'drain':
    case 'undrain': {
      const host = findHost(world, action.host)
      const at = now + DRAIN_DELAY
      const drain = action.type === 'drain'
      schedule(world, at, (w) => {
        setHostStatus(host, at, drain ? 'drained' : 'up')
        w.eventLogs.push({
          t: at,
          service: serviceOfHost(w, host).id,
          host: host.name,
          level: 'INFO',
          text: drain
            ? `lb-agent: deregistered ${host.name} from target group (connection draining 30s)`
            : `lb-agent: registered ${host.name} with target group`,
        })
      })
      return {
        summary: drain
          ? `Draining ${host.name} from the load balancer`
          : `Putting ${host.name} back in the load balancer`,
        effectAt: at,
      }
    }
    case 'disable-flag':
    case 'enable-flag': {
      const value = action.type === 'enable-flag'
      const at = now + FLAG_DELAY
      schedule(world, at, (w) => w.flags.set(action.flag, value))
      const flag = scenario.flags.find((f) => f.name === action.flag)
      addChange(world, {
        at: now,
        kind: 'flag',
        service: flag?.service,
        summary: `Feature flag ${action.flag} turned ${value ? 'on' : 'off'}`,
        rollout: FLAG_DELAY,
      })
      return {
        summary: `Turned feature flag ${action.flag} ${value ? 'on' : 'off'} (propagates in about ${formatDuration(FLAG_DELAY)})`,
        effectAt: at,
      }
    }
    case 'shed-load': {
      const service = findService(model, action.service)
      const region = action.region === undefined ? undefined : model.regions.indexOf(action.region)
      const cells = service.cellByRegion.filter(
        (cell, r) => cell >= 0 && (region === undefined || r === region),
      )
      const at = now + SHED_DELAY
      schedule(world, at, (w) => {
        for (const cell of cells) w.shed[cell] = action.percent / 100
      })
      const where = regionList(model, cells)
      addChange(world, {
        at: now,
        kind: 'config',
        service: service.id,
        summary:
          action.percent > 0
            ? `Load shedding on ${service.id} (${where}): reject ${action.percent}% of requests`
            : `Load shedding on ${service.id} (${where}) turned off`,
        rollout: SHED_DELAY,
      })
      return {
        summary:
          action.percent > 0
            ? `Shedding ${action.percent}% of ${service.id} requests in ${where} (503 with Retry-After)`
            : `Stopped shedding load on ${service.id} in ${where}`,
        effectAt: at,
      }
    }
    case 'declare-severity':
      session.severity.push({ at: now, level: action.level })
      return { summary: `Declared ${action.level}`, effectAt: now }
    case 'post-status':
      session.statusUpdates.push({ at: now, message: action.message })
      return { summary: 'Posted a status update', effectAt: now }
    case 'page-team': {
      const team = scenario.teams.find((t) => t.id === action.team)!
      const already = session.pages.some((page) => page.team === team.id)
      session.pages.push({ at: now, team: team.id })
      if (!already) {
        const ack = now + team.ackAfter
        note(
          world,
          ack,
          `${team.name} acknowledged the page: "${team.reply ?? 'On it, joining the incident channel.'}"`,
        )
        if (team.fixes.length > 0) {
          const fixedAt = Math.ceil((ack + team.fixAfter) / STEP) * STEP
          schedule(world, fixedAt, (w) => {
            for (const id of team.fixes) {
              const f = model.faultIndex.get(id)!
              w.faultResolved[f] = Math.min(w.faultResolved[f] ?? Infinity, fixedAt)
            }
          })
          note(
            world,
            fixedAt,
            `${team.name}: ${team.fixNote ?? 'we have applied a fix on our side.'}`,
          )
        }
      }
      return { summary: `Paged ${team.name}${already ? ' again' : ''}`, effectAt: now }
    }
    case 'custom': {
      const custom = scenario.actions.custom.find((c) => c.id === action.id)!
      const effectAt = now + custom.takesEffect
      let output: string | undefined
      if (custom.output !== undefined || custom.variants.length > 0) {
        const variant = custom.variants.find((v) => {
          const f = model.faultIndex.get(v.fault)
          return f !== undefined && faultIntensity(world, f, now - STEP) > 0.05
        })
        output = variant?.output ?? custom.output
      }
      if (custom.category === 'mitigate' && custom.takesEffect > 0)
        note(world, effectAt, `${custom.label}: done.`)
      return { summary: custom.label, effectAt, ...(output !== undefined ? { output } : {}) }
    }
    case 'resolve':
      return {
        summary: 'Resolved the incident and answered the root-cause question',
        effectAt: now,
      }
  }
}

/** What a health check of `dependency` as seen from `service` shows, per region where the service runs. */
export function checkDependency(
  world: World,
  now: number,
  service: string,
  dependency: string,
): DependencyCheck {
  const model = world.model
  const caller = model.services[model.serviceIndex.get(service)!]
  const calleeIdx = model.serviceIndex.get(dependency)!
  const callee = model.services[calleeIdx]
  const edge = caller.edges.find((e) => e.to === calleeIdx)!
  const step = Math.max(0, stepIndex(model, now) - 1)
  return {
    service,
    dependency,
    regions: caller.regions.map((region) => {
      const cell = calleeCell(model, calleeIdx, region)
      const errorRate = sampleAt(world, step, cell, metricIndex.errorRate)
      const p50 = sampleAt(world, step, cell, metricIndex.p50)
      const p95 = sampleAt(world, step, cell, metricIndex.p95)
      const p99 = sampleAt(world, step, cell, metricIndex.p99)
      const timeouts =
        edge.def.timeoutMs !== undefined
          ? Math.min(1, exceedFraction(p50, p95, p99, edge.def.timeoutMs))
          : undefined
      const slow = p99 > callee.def.latency.p99 * 3
      const status: DependencyCheck['regions'][number]['status'] =
        errorRate >= 0.5
          ? 'down'
          : errorRate >= 0.02 || slow || (timeouts ?? 0) >= 0.02
            ? 'degraded'
            : 'healthy'
      const messages = model.faults
        .filter(
          (fault) =>
            fault.service === calleeIdx &&
            fault.def.checkMessage &&
            fault.cells.includes(cell) &&
            world.faultIntensity[fault.index][step] > 0.05,
        )
        .map((fault) => fault.def.checkMessage!)
      return {
        region: model.regions[model.cells[cell].region],
        status,
        errorRate: round(errorRate, 4),
        p50: Math.round(p50),
        p99: Math.round(p99),
        ...(timeouts !== undefined ? { timeouts: round(timeouts, 4) } : {}),
        ...(messages.length > 0 ? { message: messages.join(' ') } : {}),
      }
    }),
  }
}

function round(value: number, digits: number) {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** The output of a diagnostic command on a host at time `now`. */
export function runDiagnostic(
  world: World,
  scenario: Scenario,
  now: number,
  host: HostState,
  command: string,
) {
  const model = world.model
  const service = serviceOfHost(world, host)
  const step = Math.max(0, stepIndex(model, now) - 1)
  const active = (faultId: string) => {
    const f = model.faultIndex.get(faultId)
    if (f === undefined || world.faultIntensity[f][step] <= 0.05) return false
    const fault = model.faults[f]
    return fault.def.target.host !== undefined
      ? fault.def.target.host === host.name
      : fault.cells.includes(host.cell)
  }
  const definition = scenario.diagnostics.find(
    (d) => d.command === command && (d.service === undefined || d.service === service.id),
  )
  const rng = createRng(mix(world.seed, hashString(`${host.name}:${command}`), step))
  const template = definition
    ? (definition.variants.find((variant) => active(variant.fault))?.output ?? definition.output)
    : defaultTop(service.id)
  return renderTemplate(template, { world, cell: host.cell, step, t: now, host, rng })
}

function defaultTop(process: string) {
  return [
    'top - {time} up {uptime},  1 user,  load average: {load}, {load}, {load}',
    'Tasks: 183 total,   1 running, 182 sleeping,   0 stopped,   0 zombie',
    '%Cpu(s): {cpu} us,  2.1 sy,  0.0 ni, idle rest,  0.1 wa',
    'MiB Mem :  16012.4 total, mem used {memory}%',
    '',
    '    PID USER      PR  NI    VIRT    RES  %CPU  %MEM     TIME+ COMMAND',
    `   {int:900-4000} app       20   0   8.1g   {int:3-6}.{int:0-9}g  {cpu}  {memory}  {int:100-900}:{int:10-59}.{int:10-99} ${process}`,
    '    {int:300-800} root      20   0  1.2g   88.1m   0.7   0.5   12:04.11 node_exporter',
  ].join('\n')
}

/** Schedules a rule's `starts` and `resolves` at time `at`. */
export function applyRuleEffects(world: World, rule: RuleDef, at: number) {
  const model = world.model
  schedule(world, at, (w) => {
    const t = Math.ceil(at / STEP) * STEP
    for (const id of rule.starts) {
      const f = model.faultIndex.get(id)!
      if (faultIntensity(w, f, t) > 0) continue
      w.faultStart[f] = t
      w.faultResolved[f] = undefined
    }
    for (const id of rule.resolves) {
      const f = model.faultIndex.get(id)!
      w.faultResolved[f] = Math.min(w.faultResolved[f] ?? Infinity, t)
    }
  })
}
