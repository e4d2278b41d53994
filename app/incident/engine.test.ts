import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { debrief, IncidentNotEndedError } from './debrief'
import {
  applyAction,
  clearIncidentCaches,
  fingerprintIncident,
  IncidentActionError,
  IncidentEndedError,
  parseAction,
  replayIncident,
  startIncident,
  waitFor,
} from './engine'
import { scenarioSchema, type IncidentAction } from './schema'
import { validateScenario } from './validate'
import { viewForCandidate } from './view'

const fixture = fileURLToPath(
  new URL(
    '../../tests/fixtures/content/incidents/oncall/tiny-outage/scenario.yaml',
    import.meta.url,
  ),
)
const scenario = scenarioSchema.parse(parse(readFileSync(fixture, 'utf8')))

const ideal: IncidentAction[] = [
  { type: 'view-changes' },
  { type: 'declare-severity', level: 'SEV2' },
  { type: 'rollback', service: 'api' },
  { type: 'page-team', team: 'api-team' },
  {
    type: 'post-status',
    message: 'Investigating API errors since 02:56; rolling back the deploy.',
  },
  { type: 'search-logs', service: 'api', query: 'level:ERROR' },
  { type: 'wait', seconds: 180 },
  { type: 'post-status', message: 'Mitigated: the API is healthy again after the rollback.' },
  {
    type: 'resolve',
    rootCause: 'deploy',
    explanation: 'The serializer in api 1.1.0 fails on some items.',
  },
]

const bad: IncidentAction[] = [
  { type: 'restart', service: 'db' },
  { type: 'wait', seconds: 600 },
  { type: 'declare-severity', level: 'SEV4' },
  { type: 'resolve', rootCause: 'db', explanation: 'database' },
]

describe('the incident engine', () => {
  it('accepts the fixture scenario', () => {
    expect(validateScenario(scenario)).toEqual([])
  })

  it('gives identical signals, views and scores for the same seed and actions', () => {
    const first = replayIncident({ scenario, seed: 42, actions: ideal })
    clearIncidentCaches()
    const second = replayIncident({ scenario, seed: 42, actions: ideal })
    expect(fingerprintIncident(second)).toBe(fingerprintIncident(first))
    expect(JSON.stringify(viewForCandidate(second))).toBe(JSON.stringify(viewForCandidate(first)))
    expect(JSON.stringify(debrief(second))).toBe(JSON.stringify(debrief(first)))
    // The cached history before the page gives the same run as a fresh one.
    const third = replayIncident({ scenario, seed: 42, actions: ideal })
    expect(fingerprintIncident(third)).toBe(fingerprintIncident(first))
  })

  it('draws different noise from a different seed', () => {
    const a = replayIncident({ scenario, seed: 1, actions: ideal })
    const b = replayIncident({ scenario, seed: 2, actions: ideal })
    expect(fingerprintIncident(a)).not.toBe(fingerprintIncident(b))
  })

  it('scores the ideal path high and the bad path low, with a breakdown that adds up', () => {
    const good = debrief(replayIncident({ scenario, seed: 7, actions: ideal }))
    const poor = debrief(replayIncident({ scenario, seed: 7, actions: bad }))
    expect(good.score).toBeGreaterThanOrEqual(90)
    expect(poor.score).toBeLessThanOrEqual(40)
    for (const result of [good, poor]) {
      const sum = result.breakdown.reduce((total, item) => total + item.points, 0)
      expect(Math.abs(result.score - sum)).toBeLessThanOrEqual(0.5)
      expect(result.breakdown.reduce((total, item) => total + item.max, 0)).toBe(100)
    }
    expect(good.timeToMitigate).toBeLessThanOrEqual(8 * 60)
    expect(poor.actions[0]).toMatchObject({
      verdict: 'harmful',
      penalty: 8,
      note: 'The database was fine.',
    })
    expect(poor.rootCause).toMatchObject({ right: false, correct: 'deploy' })
    expect(good.rootCause.keywordsMatched).toEqual(['serializer', '1.1.0'])
  })

  it('moves the clock by each action cost and refuses invalid actions without spending time', () => {
    const incident = startIncident({ scenario, seed: 1 })
    expect(applyAction(incident, { type: 'open-dashboard', service: 'api' })).toMatchObject({
      at: 0,
      now: 30,
    })
    expect(() => applyAction(incident, { type: 'drain', host: 'api-euw1-09' })).toThrow(
      IncidentActionError,
    )
    expect(() => applyAction(incident, { type: 'open-dashboard', service: 'nope' })).toThrow(
      'There is no service "nope".',
    )
    expect(incident.session.now).toBe(30)
    expect(incident.actions).toHaveLength(1)
    expect(waitFor(incident, 95).now).toBe(130)
  })

  it('refuses any action after the incident was resolved, and after time ran out', () => {
    const resolved = replayIncident({ scenario, seed: 1, actions: ideal })
    expect(resolved.ended).toMatchObject({ reason: 'resolved', rootCause: 'deploy' })
    expect(() => applyAction(resolved, { type: 'wait', seconds: 60 })).toThrow(IncidentEndedError)
    expect(() => applyAction(resolved, { type: 'wait', seconds: 60 })).toThrow(
      /^The incident ended at 03:\d\d:\d\d \(it was resolved\); no further actions are possible\.$/,
    )

    const expired = startIncident({ scenario, seed: 1 })
    waitFor(expired, 1500)
    const last = waitFor(expired, 600)
    expect(last).toMatchObject({ now: 1800, cost: 300, ended: { reason: 'time-limit', at: 1800 } })
    expect(() =>
      applyAction(expired, { type: 'resolve', rootCause: 'deploy', explanation: '' }),
    ).toThrow(/time ran out/)
    expect(debrief(expired).rootCause.answer).toBeUndefined()
  })

  it('gives the debrief only after the end', () => {
    const running = replayIncident({ scenario, seed: 1, actions: ideal.slice(0, 3) })
    expect(() => debrief(running)).toThrow(IncidentNotEndedError)
  })

  it('names the refused action when a replay fails', () => {
    expect(() =>
      replayIncident({
        scenario,
        seed: 1,
        actions: [
          { type: 'wait', seconds: 60 },
          { type: 'drain', host: 'x' },
        ],
      }),
    ).toThrow(/^Action 2 \(drain\): There is no host "x"/)
  })

  it('validates untrusted action JSON', () => {
    expect(parseAction({ type: 'wait', seconds: '2m' })).toEqual({ type: 'wait', seconds: 120 })
    expect(() => parseAction({ type: 'reboot-everything' })).toThrow(/Unknown action type/)
    expect(() => parseAction({ type: 'shed-load', service: 'api', percent: 99 })).toThrow(/percent/)
  })

  it('lets a rule start a fault: the harmful restart takes the database down', () => {
    const incident = replayIncident({
      scenario,
      seed: 3,
      actions: [
        { type: 'restart', service: 'db' },
        { type: 'wait', seconds: 120 },
      ],
    })
    const view = viewForCandidate(incident)
    expect(view.alerts.length).toBeGreaterThan(0)
    const result = debrief(replayIncident({ scenario, seed: 3, actions: bad }))
    expect(result.faults.find((fault) => fault.id === 'db-restart')).toMatchObject({
      from: expect.any(Number),
    })
  })
})
