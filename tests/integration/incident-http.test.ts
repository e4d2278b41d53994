import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProblem } from '~/content/loader'
import { type IncidentProblem } from '~/content/types'
import { type CandidateView } from '~/incident'
import { signUpOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

const slug = 'checkout-deploy-regression'
const loaded = loadProblem(path.resolve('problems/dri-oncall', slug))
if (!loaded.problem || loaded.problem.kind !== 'incident') throw new Error(`${slug} did not load as an incident`)
const scenario = (loaded.problem as IncidentProblem).scenario
const paths = (loaded.problem as IncidentProblem).paths

let server: TestServer
let cookie: string
beforeAll(async () => {
  server = await startTestServer()
  cookie = await signUpOverHttp(server.url, 'oncall@example.com')
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

async function post(fields: Record<string, string>) {
  return fetch(`${server.url}/incidents/${slug}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: server.url, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })
}

async function get(query = '') {
  const res = await fetch(`${server.url}/incidents/${slug}${query}`, { headers: { Cookie: cookie } })
  return res.text()
}

describe('the incident console over HTTP', () => {
  it('sends neither the root cause nor the faults, scoring or any future signal to the browser', async () => {
    expect((await post({ intent: 'start-incident' })).status).toBe(302)
    const html = await get()
    const data = await get('?_data=routes%2Fincidents.%24slug')
    const view = (JSON.parse(data) as { view: CandidateView }).view
    expect(view.now).toBe(0)
    for (const body of [html, data]) {
      for (const fault of scenario.faults) expect(body).not.toContain(fault.description.slice(0, 60))
      expect(body).not.toContain(scenario.rootCause.explanation.slice(0, 60))
      expect(body).not.toContain(paths.ideal.summary!.slice(0, 60))
      expect(body).not.toMatch(/"correct"|"verdict"|"penalty"|"faults"|"scoring"/)
    }
    // Nothing after the candidate's clock: dashboards end now, every alert and log line is in the past.
    for (const dashboard of view.dashboards) expect(dashboard.times.at(-1)!).toBeLessThanOrEqual(view.now)
    for (const alert of view.alerts) expect(alert.firedAt).toBeLessThanOrEqual(view.now)

    // Waiting moves the clock; the same checks hold at the new time, and logs searched now end now.
    expect((await post({ intent: 'incident-action', attemptId: '1', type: 'wait', seconds: '5m' })).status).toBe(200)
    expect((await post({ intent: 'incident-action', attemptId: '1', type: 'search-logs', service: 'checkout', query: '' })).status).toBe(200)
    const later = (JSON.parse(await get('?_data=routes%2Fincidents.%24slug')) as { view: CandidateView }).view
    expect(later.now).toBeGreaterThan(300)
    for (const search of later.logSearches) for (const line of search.lines) expect(line.t).toBeLessThanOrEqual(search.at)
    for (const dashboard of later.dashboards) expect(dashboard.times.at(-1)!).toBeLessThanOrEqual(later.now)
  }, 60_000)

  it('refuses a malformed action with a sentence and changes nothing', async () => {
    const before = (JSON.parse(await get('?_data=routes%2Fincidents.%24slug')) as { view: CandidateView }).view
    const res = await post({ intent: 'incident-action', attemptId: '1', type: 'scale-out', service: 'checkout', hosts: 'many' })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/hosts/)
    const bogus = await post({ intent: 'incident-action', attemptId: '1', type: 'reboot-the-internet' })
    expect(bogus.status).toBe(400)
    const after = (JSON.parse(await get('?_data=routes%2Fincidents.%24slug')) as { view: CandidateView }).view
    expect(after.timeline).toEqual(before.timeline)
  }, 60_000)

  it('ends on resolve, stores the score, and refuses actions afterwards', async () => {
    const res = await post({ intent: 'incident-action', attemptId: '1', type: 'resolve', rootCause: scenario.rootCause.correct, explanation: 'a bad deploy' })
    expect(res.status).toBe(200)
    const data = JSON.parse(await get('?_data=routes%2Fincidents.%24slug')) as { view: unknown; debrief: { score: number } | null }
    expect(data.view).toBeNull()
    expect(data.debrief!.score).toBeGreaterThanOrEqual(0)
    const late = await post({ intent: 'incident-action', attemptId: '1', type: 'wait', seconds: '1m' })
    expect(late.status).toBe(400)
    expect(await late.text()).toContain('ended')
    const progress = await fetch(`${server.url}/progress`, { headers: { Cookie: cookie } })
    expect(await progress.text()).toContain(`/incidents/${slug}`)
  }, 60_000)
})
