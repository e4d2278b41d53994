import {
  applyRuleEffects,
  categoryOf,
  checkAction,
  costOf,
  defaultPenalty,
  IncidentActionError,
  matchRule,
  performAction,
  type ActionRecord,
  type DependencyCheck,
  type SessionState,
} from './actions'
import { type LogSearchResult } from './logs'
import { compileModel, STEP, type Model } from './model'
import { digest, digestWords } from './rng'
import { actionSchema, metricNames, type IncidentAction, type Scenario } from './schema'
import { advanceWorld, cloneWorld, createWorld, stepIndex, type World } from './sim'
import { formatClock } from './time'

export { IncidentActionError } from './actions'

/** An action arrived after the incident ended (resolved or out of time). */
export class IncidentEndedError extends Error {}

export interface IncidentEnd {
  at: number
  reason: 'resolved' | 'time-limit'
  rootCause?: string
  explanation?: string
}

/**
 * A running incident. It is a mutable session: `applyAction` and `waitFor` change it in place. The whole
 * state is a pure function of `{ scenario, seed, actions }`; the app stores those and replays.
 */
export interface Incident {
  readonly scenario: Scenario
  readonly seed: number
  readonly model: Model
  readonly session: SessionState
  readonly actions: ActionRecord[]
  ended?: IncidentEnd
  /** Log search results, computed when first viewed. */
  readonly logCache: Map<number, LogSearchResult>
}

export interface ActionOutcome {
  index: number
  /** Virtual time the action started, seconds since the page. */
  at: number
  clock: string
  /** Seconds it took. */
  cost: number
  /** The candidate's clock afterwards. */
  now: number
  summary: string
  output?: string
  dependencyCheck?: DependencyCheck
  ended?: IncidentEnd
}

// The history before the page is the same for every replay of an attempt (actions start at t = 0), so the
// world at the page is kept per scenario content and seed. Each entry is about half a megabyte.
const PAGE_CACHE_SIZE = 16
const pageCache = new Map<string, World>()
const scenarioKeys = new WeakMap<Scenario, string>()

/** A digest of the scenario's content: the app parses a fresh copy per request, so caches key on this. */
export function scenarioKey(scenario: Scenario) {
  let key = scenarioKeys.get(scenario)
  if (key === undefined) {
    key = digest(JSON.stringify(scenario))
    scenarioKeys.set(scenario, key)
  }
  return key
}

function worldAtPage(model: Model, scenario: Scenario, seed: number): World {
  const key = `${scenarioKey(scenario)}:${seed}`
  let snapshot = pageCache.get(key)
  if (snapshot) {
    pageCache.delete(key)
  } else {
    snapshot = createWorld(model, seed)
    advanceWorld(snapshot, 0)
  }
  pageCache.set(key, snapshot)
  if (pageCache.size > PAGE_CACHE_SIZE) pageCache.delete(pageCache.keys().next().value!)
  return { ...cloneWorld(snapshot), model }
}

/** Empties the engine's caches (tests use it to prove that cached and fresh runs agree). */
export function clearIncidentCaches() {
  pageCache.clear()
}

/** Starts an incident at the moment of the page (t = 0), with the history before it already simulated. */
export function startIncident({ scenario, seed }: { scenario: Scenario; seed: number }): Incident {
  const model = compileModel(scenario)
  const world = worldAtPage(model, scenario, seed >>> 0)
  return {
    scenario,
    seed: seed >>> 0,
    model,
    session: { world, now: 0, dashboards: [], severity: [], statusUpdates: [], pages: [] },
    actions: [],
    logCache: new Map(),
  }
}

/** Validates untrusted action JSON (from a form or the database); throws IncidentActionError with a sentence. */
export function parseAction(raw: unknown): IncidentAction {
  const result = actionSchema.safeParse(raw)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue.path.join('.')
  if (issue.code === 'invalid_union_discriminator')
    throw new IncidentActionError(
      `Unknown action type; expected one of ${issue.options.join(', ')}.`,
    )
  throw new IncidentActionError(`${field ? `${field}: ` : ''}${issue.message}`)
}

/**
 * Takes one action at the current virtual time: checks it, records it, applies its effects and moves the
 * clock by its cost. A refused action (IncidentActionError) takes no time; after the end every action is
 * refused with IncidentEndedError.
 */
export function applyAction(incident: Incident, action: IncidentAction): ActionOutcome {
  const { scenario, session, model } = incident
  if (incident.ended) {
    const how = incident.ended.reason === 'resolved' ? 'it was resolved' : 'time ran out'
    throw new IncidentEndedError(
      `The incident ended at ${formatClock(model.pagedAt, incident.ended.at)} (${how}); no further actions are possible.`,
    )
  }
  checkAction(session, scenario, action)
  const at = session.now
  const rule = matchRule(session.world, scenario.actions.rules, action)
  const performed = performAction(session, scenario, action)
  if (rule && (rule.starts.length > 0 || rule.resolves.length > 0))
    applyRuleEffects(
      session.world,
      rule,
      rule.after !== undefined ? at + rule.after : performed.effectAt,
    )
  const verdict = rule?.verdict ?? 'neutral'
  const cost = Math.min(costOf(scenario, action), model.timeLimit - at)
  const record: ActionRecord = {
    index: incident.actions.length,
    at,
    action,
    category: categoryOf(scenario, action),
    cost,
    summary: performed.summary,
    verdict,
    penalty: rule?.penalty ?? defaultPenalty[verdict],
    ...(rule?.note !== undefined ? { note: rule.note } : {}),
    ...(performed.dependencyCheck ? { dependencyCheck: performed.dependencyCheck } : {}),
    ...(performed.output !== undefined ? { output: performed.output } : {}),
  }
  incident.actions.push(record)
  session.now = at + cost
  advanceWorld(session.world, session.now)
  if (action.type === 'resolve')
    incident.ended = {
      at: session.now,
      reason: 'resolved',
      rootCause: action.rootCause,
      explanation: action.explanation,
    }
  else if (session.now >= model.timeLimit)
    incident.ended = { at: session.now, reason: 'time-limit' }
  return {
    index: record.index,
    at,
    clock: formatClock(model.pagedAt, at),
    cost,
    now: session.now,
    summary: record.summary,
    ...(record.output !== undefined ? { output: record.output } : {}),
    ...(record.dependencyCheck ? { dependencyCheck: record.dependencyCheck } : {}),
    ...(incident.ended ? { ended: incident.ended } : {}),
  }
}

/** Lets virtual time pass without doing anything (recorded as a `wait` action). */
export function waitFor(incident: Incident, seconds: number): ActionOutcome {
  return applyAction(incident, { type: 'wait', seconds: Math.max(STEP, Math.round(seconds)) })
}

/** Rebuilds an incident from its seed and stored actions; throws (naming the action) if one is refused. */
export function replayIncident({
  scenario,
  seed,
  actions,
}: {
  scenario: Scenario
  seed: number
  actions: readonly IncidentAction[]
}): Incident {
  const incident = startIncident({ scenario, seed })
  actions.forEach((action, i) => {
    try {
      applyAction(incident, action)
    } catch (error) {
      if (error instanceof IncidentActionError || error instanceof IncidentEndedError)
        throw new IncidentActionError(`Action ${i + 1} (${action.type}): ${error.message}`)
      throw error
    }
  })
  return incident
}

/**
 * A digest of everything the incident has produced so far: every metric sample, alert, timeline entry and
 * action result. Two runs with the same seed and actions must give the same fingerprint.
 */
export function fingerprintIncident(incident: Incident): string {
  const world = incident.session.world
  const steps = stepIndex(incident.model, world.t)
  const cells = incident.model.cells.length
  const words = new Uint32Array(
    world.samples.buffer,
    world.samples.byteOffset,
    world.samples.length,
  )
  const rest = JSON.stringify([
    world.alertEvents,
    world.notes,
    world.eventLogs,
    incident.actions,
    incident.ended ?? null,
  ])
  return digestWords(words, steps * cells * metricNames.length, digest(rest))
}
