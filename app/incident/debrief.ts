import { type ActionRecord } from './actions'
import { fingerprintIncident, replayIncident, scenarioKey, type Incident } from './engine'
import { compileModel, metricIndex, STEP, type Model } from './model'
import {
  severityLevels,
  type ActionCategory as Category,
  type IncidentAction,
  type RecordedPath,
  type Scenario,
  type SeverityLevel,
  type Verdict,
} from './schema'
import { advanceWorld, createWorld, exceedFraction, sampleAt, stepIndex, type World } from './sim'
import { formatClock, formatDuration } from './time'

/** Points per part of the score; they add up to 100. Documented for authors and candidates in problems/README.md. */
export const scoreWeights = {
  mitigation: 35,
  impact: 20,
  actions: 15,
  communication: 15,
  rootCause: 15,
} as const

/** A status update shorter than this (ignoring spaces) does not count: "looking" informs nobody. */
export const MIN_UPDATE_LENGTH = 20
/** Each page of a team that the incident does not need costs this many communication points. */
export const UNNEEDED_PAGE_PENALTY = 1.5

/** The debrief was asked for before the incident ended. */
export class IncidentNotEndedError extends Error {}

export interface ScoreItem {
  id: 'mitigation' | 'impact' | 'actions' | 'communication' | 'root-cause'
  label: string
  points: number
  max: number
  detail: string[]
}

export interface Debrief {
  score: number
  breakdown: ScoreItem[]
  ended: { at: number; clock: string; reason: 'resolved' | 'time-limit' }
  /** Seconds from the page until the customer-facing SLOs held for good; null if they never did. */
  timeToMitigate: number | null
  impact: {
    /** Requests that failed or were slower than the SLO from the page to `mitigateBy`, beyond the normal background. */
    badRequests: number
    failedRequests: number
    slowRequests: number
    /** The same measure had nobody done anything. */
    doNothingBadRequests: number
    ratio: number
    /** Share of the 30-day error budget of the customer-facing services that this burned. */
    errorBudgetPercent: number
  }
  actions: {
    index: number
    at: number
    clock: string
    action: IncidentAction
    category: Category | 'wait'
    summary: string
    verdict: Verdict
    penalty: number
    note?: string
  }[]
  communication: {
    expectedSeverity: SeverityLevel[]
    declared: { at: number; level: SeverityLevel }[]
    statusUpdates: { at: number; message: string; counted: boolean }[]
    paged: { at: number; team: string; needed: boolean }[]
    requiredTeams: string[]
  }
  rootCause: {
    question: string
    answer?: string
    answerText?: string
    correct: string
    correctText: string
    right: boolean
    explanation: string
    yourExplanation: string
    keywordsMatched: string[]
    keywordsMissed: string[]
  }
  /** What was really going on, revealed now that it is over. */
  faults: { id: string; description: string; service: string; from?: number; until?: number }[]
  ideal?: {
    summary?: string
    steps: { at: number; clock: string; action: IncidentAction; note?: string }[]
    score: number
  }
  /** Digest of every signal of the run up to the end of the verification window (determinism checks). */
  fingerprint: string
}

const clamp01 = (value: number) => Math.max(0, Math.min(1, value))
const round1 = (value: number) => Math.round(value * 10) / 10

function sloCells(model: Model) {
  return model.services
    .filter((service) => service.def.slo)
    .map((service) => ({
      slo: service.def.slo!,
      cells: service.cellByRegion.filter((cell) => cell >= 0),
      rps: service.def.entry?.rps ?? 0,
    }))
}

/** Per minute from the page to the horizon: did every customer-facing service meet its SLO? */
function healthyMinutes(world: World) {
  const model = world.model
  const first = stepIndex(model, 0)
  const last = stepIndex(model, model.horizon)
  const perMinute = 60 / STEP
  const minutes: boolean[] = []
  const targets = sloCells(model)
  for (let start = first; start + perMinute <= last; start += perMinute) {
    let healthy = true
    for (const { slo, cells } of targets) {
      let rps = 0
      let errors = 0
      let p99 = 0
      for (let step = start; step < start + perMinute; step++) {
        for (const cell of cells) {
          const r = sampleAt(world, step, cell, metricIndex.rps)
          rps += r
          errors += r * sampleAt(world, step, cell, metricIndex.errorRate)
          p99 += r * sampleAt(world, step, cell, metricIndex.p99)
        }
      }
      if (rps > 0 && (errors / rps > slo.errorRate || p99 / rps > slo.p99)) healthy = false
    }
    minutes.push(healthy)
  }
  return minutes
}

/** Seconds from the page to the start of the last unbroken healthy stretch reaching the horizon. */
export function timeToMitigate(world: World): number | null {
  const minutes = healthyMinutes(world)
  let lastBad = -1
  minutes.forEach((healthy, i) => {
    if (!healthy) lastBad = i
  })
  if (lastBad === minutes.length - 1) return null
  return (lastBad + 1) * 60
}

/** Failed and slower-than-SLO requests on customer-facing services between two times. */
export function countBadRequests(world: World, from: number, to: number) {
  const model = world.model
  let failed = 0
  let slow = 0
  for (const { slo, cells } of sloCells(model)) {
    for (let step = stepIndex(model, from); step < stepIndex(model, to); step++) {
      for (const cell of cells) {
        const rps = sampleAt(world, step, cell, metricIndex.rps)
        const err = sampleAt(world, step, cell, metricIndex.errorRate)
        const over = exceedFraction(
          sampleAt(world, step, cell, metricIndex.p50),
          sampleAt(world, step, cell, metricIndex.p95),
          sampleAt(world, step, cell, metricIndex.p99),
          slo.p99,
        )
        failed += rps * err * STEP
        slow += rps * (1 - err) * over * STEP
      }
    }
  }
  return { failed, slow, total: failed + slow }
}

// Keyed by scenario content: the app parses a fresh scenario object per request.
const REFERENCE_CACHE_SIZE = 64
const referenceCache = new Map<string, number>()

/**
 * Bad requests from the page to `mitigateBy` in a reference run of the same seed: with no action at all
 * (`faults: true`) or with nothing broken (`faults: false`, the normal background of errors and slow
 * requests). Cached per scenario and seed.
 */
export function referenceBadRequests(
  scenario: Scenario,
  seed: number,
  { faults }: { faults: boolean },
) {
  const key = `${scenarioKey(scenario)}:${seed >>> 0}:${faults}`
  const cached = referenceCache.get(key)
  if (cached !== undefined) return cached
  const model = compileModel(scenario)
  const world = createWorld(model, seed >>> 0, { faults })
  const until = impactWindow(scenario)
  advanceWorld(world, until)
  const total = countBadRequests(world, 0, until).total
  referenceCache.set(key, total)
  if (referenceCache.size > REFERENCE_CACHE_SIZE)
    referenceCache.delete(referenceCache.keys().next().value!)
  return total
}

/** Impact is measured from the page to `mitigateBy`: mitigating then earns no impact points, as it earns no mitigation points. */
function impactWindow(scenario: Scenario) {
  return Math.ceil(scenario.scoring.mitigateBy / STEP) * STEP
}

function severityRank(level: SeverityLevel) {
  return severityLevels.indexOf(level)
}

function scoreCommunication(
  incident: Incident,
  mitigatedAt: number | null,
): { item: ScoreItem; details: Debrief['communication'] } {
  const { scenario, session, model } = incident
  const rules = scenario.communication
  const endAt = incident.ended!.at
  const detail: string[] = []
  const clock = (t: number) => formatClock(model.pagedAt, t)

  let severityPoints = 0
  const declared = session.severity
  if (declared.length === 0) detail.push('Severity: never declared (0/5).')
  else {
    const first = declared[0]
    const final = declared[declared.length - 1].level
    const ok = rules.severity.includes(final)
    const onTime = first.at <= rules.declareWithin
    const distance = Math.min(
      ...rules.severity.map((level) => Math.abs(severityRank(level) - severityRank(final))),
    )
    severityPoints = ok ? (onTime ? 5 : 3) : distance === 1 ? 2 : 0
    detail.push(
      `Severity: declared ${final} at ${clock(first.at)}; expected ${rules.severity.join(' or ')} within ${formatDuration(rules.declareWithin)} (${severityPoints}/5).`,
    )
  }

  const updates = session.statusUpdates.map((update) => ({
    ...update,
    counted: update.message.replace(/\s+/g, '').length >= MIN_UPDATE_LENGTH,
  }))
  const counted = updates.filter((update) => update.counted)
  let updatePoints = 0
  if (counted.length === 0) detail.push('Status updates: none that say anything (0/5).')
  else {
    const firstOnTime = counted[0].at <= rules.firstUpdateWithin
    updatePoints += firstOnTime ? 3 : 1
    const until = Math.min(mitigatedAt ?? endAt, endAt)
    const times = [...counted.map((update) => update.at).filter((t) => t <= until), until]
    let gapOk = true
    for (let i = 1; i < times.length; i++)
      if (times[i] - times[i - 1] > rules.updateEvery) gapOk = false
    if (gapOk) updatePoints += 2
    detail.push(
      `Status updates: ${counted.length}, the first at ${clock(counted[0].at)} (expected within ${formatDuration(rules.firstUpdateWithin)}); ${gapOk ? 'no' : 'a'} gap over ${formatDuration(rules.updateEvery)} while customers were affected (${updatePoints}/5).`,
    )
  }

  const pagedTeams = [...new Set(session.pages.map((page) => page.team))]
  const needed = new Set([...rules.page, ...rules.optionalPages])
  const unneeded = pagedTeams.filter((team) => !needed.has(team))
  const requiredHit = rules.page.filter((team) => pagedTeams.includes(team))
  let pagePoints = rules.page.length > 0 ? (5 * requiredHit.length) / rules.page.length : 5
  pagePoints = Math.max(0, pagePoints - UNNEEDED_PAGE_PENALTY * unneeded.length)
  const teamName = (id: string) => scenario.teams.find((team) => team.id === id)?.name ?? id
  detail.push(
    `Paging: ${rules.page.length > 0 ? `${requiredHit.length} of ${rules.page.length} needed team(s) paged (${rules.page.map(teamName).join(', ')})` : 'no other team was needed'}${unneeded.length > 0 ? `; paged without need: ${unneeded.map(teamName).join(', ')}` : ''} (${round1(pagePoints)}/5).`,
  )

  const points = severityPoints + updatePoints + pagePoints
  return {
    item: {
      id: 'communication',
      label: 'Communication',
      points: round1(points * (scoreWeights.communication / 15)),
      max: scoreWeights.communication,
      detail,
    },
    details: {
      expectedSeverity: rules.severity,
      declared: declared.map((d) => ({ ...d })),
      statusUpdates: updates,
      paged: session.pages.map((page) => ({ ...page, needed: needed.has(page.team) })),
      requiredTeams: rules.page,
    },
  }
}

function scoreRootCause(incident: Incident): { item: ScoreItem; details: Debrief['rootCause'] } {
  const question = incident.scenario.rootCause
  const ended = incident.ended!
  const answer = ended.rootCause
  const right = answer === question.correct
  const explanation = (ended.explanation ?? '').toLowerCase()
  const matched: string[] = []
  const missed: string[] = []
  for (const group of question.keywords) {
    const hit = group.find((word) => explanation.includes(word.toLowerCase()))
    if (hit) matched.push(group[0])
    else missed.push(group[0])
  }
  const choicePoints = right ? 10 : 0
  const textPoints =
    question.keywords.length > 0
      ? (5 * matched.length) / question.keywords.length
      : explanation.replace(/\s+/g, '').length >= 40
        ? 5
        : 0
  const optionText = (id?: string) => question.options.find((option) => option.id === id)?.text
  const detail = [
    answer === undefined
      ? 'Root cause: not answered (the incident ran out of time) (0/10).'
      : `Root cause: ${right ? 'right' : 'wrong'} answer (${choicePoints}/10).`,
    question.keywords.length > 0
      ? `Explanation: mentions ${matched.length} of ${question.keywords.length} key points (${round1(textPoints)}/5).`
      : `Explanation: ${textPoints > 0 ? 'given' : 'missing or too short'} (${textPoints}/5).`,
  ]
  return {
    item: {
      id: 'root-cause',
      label: 'Root cause',
      points: round1((choicePoints + textPoints) * (scoreWeights.rootCause / 15)),
      max: scoreWeights.rootCause,
      detail,
    },
    details: {
      question: question.question,
      ...(answer !== undefined ? { answer, answerText: optionText(answer) } : {}),
      correct: question.correct,
      correctText: optionText(question.correct)!,
      right,
      explanation: question.explanation,
      yourExplanation: ended.explanation ?? '',
      keywordsMatched: matched,
      keywordsMissed: missed,
    },
  }
}

function scoreActions(records: ActionRecord[], clock: (t: number) => string): ScoreItem {
  const penalised = records.filter((record) => record.penalty > 0)
  const total = penalised.reduce((sum, record) => sum + record.penalty, 0)
  const detail =
    penalised.length === 0
      ? ['No harmful or wasted actions.']
      : penalised.map(
          (record) =>
            `${clock(record.at)} ${record.summary}: ${record.verdict} (−${record.penalty})${record.note ? `. ${record.note}` : ''}`,
        )
  return {
    id: 'actions',
    label: 'Harmful or wasted actions',
    points: round1(Math.max(0, scoreWeights.actions - total)),
    max: scoreWeights.actions,
    detail,
  }
}

/**
 * Scores an ended incident: time to mitigate and customer impact from the metrics (the world runs on
 * for a verification window after the end), penalties for harmful or wasted actions, communication and
 * the root-cause answer. Throws IncidentNotEndedError before the end. Pass the scenario's ideal path to
 * include it in the debrief.
 */
export function debrief(incident: Incident, { ideal }: { ideal?: RecordedPath } = {}): Debrief {
  const ended = incident.ended
  if (!ended)
    throw new IncidentNotEndedError('The debrief is available once the incident has ended.')
  const { scenario, model, seed } = incident
  const clock = (t: number) => formatClock(model.pagedAt, t)
  const continued = replayIncident({
    scenario,
    seed,
    actions: incident.actions.map((record) => record.action),
  })
  const world = continued.session.world
  advanceWorld(world, model.horizon)

  const ttm = timeToMitigate(world)
  const { mitigateWithin, mitigateBy, impactTarget } = scenario.scoring
  const mitigationPoints =
    ttm === null
      ? 0
      : scoreWeights.mitigation * clamp01((mitigateBy - ttm) / (mitigateBy - mitigateWithin))
  const mitigation: ScoreItem = {
    id: 'mitigation',
    label: 'Time to mitigate',
    points: round1(mitigationPoints),
    max: scoreWeights.mitigation,
    detail: [
      ttm === null
        ? `Customer-facing SLOs were still breached ${formatDuration(model.horizon - model.timeLimit)} after the time limit: not mitigated.`
        : `Customer-facing SLOs held from ${clock(ttm)} on: mitigated ${formatDuration(ttm)} after the page (full marks within ${formatDuration(mitigateWithin)}, none after ${formatDuration(mitigateBy)}).`,
    ],
  }

  const until = impactWindow(scenario)
  const bad = countBadRequests(world, 0, until)
  const normal = referenceBadRequests(scenario, seed, { faults: false })
  const none = referenceBadRequests(scenario, seed, { faults: true })
  // Only what the incident added counts: the normal background of errors and slow requests is subtracted.
  const excess = Math.max(0, bad.total - normal)
  const ratio = none - normal > 0 ? excess / (none - normal) : 0
  const impactPoints = scoreWeights.impact * clamp01((1 - ratio) / (1 - impactTarget))
  const budget = sloCells(model).reduce(
    (sum, { slo, rps }) => sum + rps * 30 * 86400 * (1 - slo.target),
    0,
  )
  const errorBudgetPercent = budget > 0 ? (100 * excess) / budget : 0
  const impact: ScoreItem = {
    id: 'impact',
    label: 'Customer impact',
    points: round1(impactPoints),
    max: scoreWeights.impact,
    detail: [
      `${formatCount(excess)} more failed or slow requests than normal between the page and ${clock(until)} (${round1(errorBudgetPercent)}% of the 30-day error budget); doing nothing would have cost ${formatCount(Math.max(0, none - normal))}, so you let through ${Math.round(ratio * 100)}% of that (full marks at ${Math.round(impactTarget * 100)}% or less).`,
    ],
  }

  const actionsItem = scoreActions(incident.actions, clock)
  const communication = scoreCommunication(incident, ttm)
  const rootCause = scoreRootCause(incident)
  const breakdown = [mitigation, impact, actionsItem, communication.item, rootCause.item]
  const score = Math.round(breakdown.reduce((sum, item) => sum + item.points, 0))

  const faults = model.faults.map((fault) => {
    const intensity = world.faultIntensity[fault.index]
    let from: number | undefined
    let until: number | undefined
    const lastStep = stepIndex(model, model.horizon)
    for (let step = 0; step < lastStep; step++) {
      if (intensity[step] > 0) {
        from ??= model.historyStart + step * STEP
        until = undefined
      } else if (from !== undefined && until === undefined) until = model.historyStart + step * STEP
    }
    return {
      id: fault.def.id,
      description: fault.def.description,
      service: fault.def.target.service,
      ...(from !== undefined ? { from } : {}),
      ...(until !== undefined ? { until } : {}),
    }
  })

  let idealView: Debrief['ideal']
  if (ideal) {
    const played = replayIncident({
      scenario,
      seed,
      actions: ideal.steps.map((step) => step.action),
    })
    const steps = ideal.steps.map((step, i) => ({
      at: played.actions[i].at,
      clock: clock(played.actions[i].at),
      action: step.action,
      ...(step.note ? { note: step.note } : {}),
    }))
    idealView = {
      ...(ideal.summary ? { summary: ideal.summary } : {}),
      steps,
      score: played.ended ? debrief(played).score : 0,
    }
  }

  return {
    score,
    breakdown,
    ended: { at: ended.at, clock: clock(ended.at), reason: ended.reason },
    timeToMitigate: ttm,
    impact: {
      badRequests: Math.round(excess),
      failedRequests: Math.round(bad.failed),
      slowRequests: Math.round(bad.slow),
      doNothingBadRequests: Math.round(Math.max(0, none - normal)),
      ratio: Math.round(ratio * 1000) / 1000,
      errorBudgetPercent: round1(errorBudgetPercent),
    },
    actions: incident.actions.map((record) => ({
      index: record.index,
      at: record.at,
      clock: clock(record.at),
      action: record.action,
      category: record.category,
      summary: record.summary,
      verdict: record.verdict,
      penalty: record.penalty,
      ...(record.note ? { note: record.note } : {}),
    })),
    communication: communication.details,
    rootCause: rootCause.details,
    faults,
    ...(idealView ? { ideal: idealView } : {}),
    fingerprint: fingerprintIncident(continued),
  }
}

function formatCount(value: number) {
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} k`
  return String(Math.round(value))
}

/** Plays a recorded path from a seed to its end and scores it (used by `drill problems check`). */
export function playPath({
  scenario,
  seed,
  path,
}: {
  scenario: Scenario
  seed: number
  path: RecordedPath
}) {
  const incident = replayIncident({
    scenario,
    seed,
    actions: path.steps.map((step) => step.action),
  })
  if (!incident.ended)
    throw new IncidentNotEndedError(
      'The path does not end the incident: finish it with a resolve action.',
    )
  return { incident, debrief: debrief(incident) }
}
