import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { replayIncident, startIncident } from './engine'
import { parseLogQuery } from './logs'
import { scenarioSchema, type IncidentAction } from './schema'
import { viewForCandidate } from './view'

const fixture = fileURLToPath(
  new URL(
    '../../tests/fixtures/content/incidents/oncall/tiny-outage/scenario.yaml',
    import.meta.url,
  ),
)
const scenario = scenarioSchema.parse(parse(readFileSync(fixture, 'utf8')))

const investigate: IncidentAction[] = [
  { type: 'open-dashboard', service: 'db' },
  { type: 'view-changes' },
  { type: 'search-logs', service: 'api', query: '' },
  { type: 'search-logs', service: 'db', query: 'autovacuum' },
  { type: 'check-dependency', service: 'api', dependency: 'db' },
  { type: 'run-diagnostic', host: 'api-euw1-02', command: 'top' },
]

describe('viewForCandidate', () => {
  it('contains neither the root cause nor the faults, rules or scoring', () => {
    const incident = replayIncident({ scenario, seed: 5, actions: investigate })
    const json = JSON.stringify(viewForCandidate(incident))
    const secrets = [
      scenario.rootCause.explanation,
      '"correct"',
      'keywords',
      ...scenario.faults.flatMap((fault) => [fault.id, fault.description]),
      ...scenario.actions.rules.flatMap((rule) => (rule.note ? [rule.note] : [])),
      'verdict',
      'penalty',
      'harmful',
      'mitigateWithin',
      'impactTarget',
      'faultIntensity',
    ]
    for (const secret of secrets) expect(json).not.toContain(secret)
    // The question and its options are there: the candidate answers them when resolving.
    expect(json).toContain(scenario.rootCause.question)
  })

  it('shows no signal from the future', () => {
    const incident = replayIncident({ scenario, seed: 5, actions: investigate })
    const view = viewForCandidate(incident)
    const now = view.now
    expect(now).toBe(300)
    for (const dashboard of view.dashboards) {
      expect(dashboard.times[dashboard.times.length - 1]).toBeLessThan(now)
      for (const metric of Object.values(dashboard.metrics))
        for (const series of Object.values(metric.series))
          expect(series).toHaveLength(dashboard.times.length)
    }
    for (const alert of view.alerts) expect(alert.firedAt).toBeLessThanOrEqual(now)
    for (const search of view.logSearches)
      for (const line of search.lines) expect(line.t).toBeLessThan(search.at)
    for (const change of view.changes!) expect(change.at).toBeLessThanOrEqual(now)
    expect(view.changes!.map((change) => change.id)).not.toContain('db-upgrade')
    // The autovacuum fault starts at +8m: searched at +2m its lines do not exist yet.
    expect(view.logSearches.find((search) => search.service === 'db')!.lines).toEqual([])

    const later = replayIncident({
      scenario,
      seed: 5,
      actions: [
        ...investigate,
        { type: 'wait', seconds: 1200 },
        { type: 'search-logs', service: 'db', query: 'autovacuum' },
      ],
    })
    const laterView = viewForCandidate(later)
    expect(laterView.changes!.map((change) => change.id)).toContain('db-upgrade')
    expect(laterView.logSearches[laterView.logSearches.length - 1].lines.length).toBeGreaterThan(0)
    // What was seen at +5m does not change when more time passes.
    const earlier = viewForCandidate(replayIncident({ scenario, seed: 5, actions: investigate }))
    expect(laterView.logSearches.slice(0, 2)).toEqual(earlier.logSearches)
    for (const [i, dashboard] of earlier.dashboards.entries())
      expect(
        laterView.dashboards[i].metrics.rps.series['eu-west-1'].slice(0, dashboard.times.length),
      ).toEqual(dashboard.metrics.rps.series['eu-west-1'])
  })

  it('shows the default dashboards plus the ones opened, and the page alert already firing', () => {
    expect(viewForCandidate(startIncident({ scenario, seed: 5 })).dashboards).toEqual([])
    const view = viewForCandidate(replayIncident({ scenario, seed: 5, actions: investigate }))
    expect(view.dashboards.map((d) => d.service)).toEqual(['db'])
    expect(view.alerts[0]).toMatchObject({ name: 'ApiErrors', severity: 'page', state: 'firing' })
    expect(view.alerts[0].firedAt).toBeLessThanOrEqual(0)
    expect(view.outputs[0].output).toContain('load average')
    expect(view.dependencyChecks[0]).toMatchObject({
      service: 'api',
      dependency: 'db',
      regions: [{ status: 'healthy' }],
    })
  })

  it('filters log lines by level, host, words, phrases and negation', () => {
    expect(parseLogQuery('level:ERROR host:api-euw1 "cannot encode" -healthz')).toEqual([
      { negate: false, field: 'level', value: 'error' },
      { negate: false, field: 'host', value: 'api-euw1' },
      { negate: false, field: undefined, value: 'cannot encode' },
      { negate: true, field: undefined, value: 'healthz' },
    ])
    const incident = replayIncident({
      scenario,
      seed: 5,
      actions: [
        { type: 'search-logs', service: 'api', query: 'level:error "cannot encode"' },
        { type: 'search-logs', service: 'api', query: '-SerializerError' },
      ],
    })
    const [errors, others] = viewForCandidate(incident).logSearches
    expect(errors.lines.length).toBeGreaterThan(0)
    for (const line of errors.lines)
      expect(line).toMatchObject({ level: 'ERROR', text: expect.stringContaining('cannot encode') })
    expect(others.lines.length).toBeGreaterThan(0)
    for (const line of others.lines) expect(line.text).not.toContain('SerializerError')
    expect(errors.lines[0].time).toMatch(/^0[23]:\d\d:\d\d\.\d{3}$/)
  })
})
