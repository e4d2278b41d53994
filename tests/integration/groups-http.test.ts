import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpOverHttp, submitOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
const cookies: Record<string, string> = {}
const ids: Record<string, number> = {}

async function post(who: string, path: string, fields: Record<string, string>) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: server.url, Cookie: cookies[who]!, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })
  return { status: res.status, location: res.headers.get('location'), body: await res.text() }
}
const get = async (who: string | null, path: string) => {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual', headers: who ? { Cookie: cookies[who]! } : {} })
  return { status: res.status, body: await res.text() }
}

beforeAll(async () => {
  server = await startTestServer()
  // The first account is the admin; two more become mentors (each runs a group), two are candidates.
  for (const name of ['admin', 'mentor', 'othermentor', 'alice', 'bob']) cookies[name] = await signUpOverHttp(server.url, `${name}@example.com`)
  const db = new Database(server.databasePath, { readonly: true })
  for (const row of db.prepare('SELECT id, email FROM users').all() as { id: number; email: string }[]) ids[row.email.split('@')[0]!] = row.id
  db.close()
  for (const name of ['mentor', 'othermentor']) expect((await post('admin', '/admin/users', { intent: 'set-role', userId: String(ids[name]), role: 'mentor' })).status).toBeLessThan(400)
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

describe('study groups over HTTP', () => {
  let groupId = 0
  let code = ''

  it('lets a mentor create a group and invite by code, and refuses candidates who try to create one', async () => {
    expect((await post('alice', '/groups', { intent: 'create-group', name: 'Alice’s group' })).status).toBe(403)
    const created = await post('mentor', '/groups', { intent: 'create-group', name: 'Infra prep', description: 'Weekly on-call drills' })
    expect(created.status).toBe(302)
    groupId = Number(created.location!.split('/').pop())
    expect((await post('othermentor', '/groups', { intent: 'create-group', name: 'Other group' })).status).toBe(302)
    expect((await post('mentor', `/groups/${groupId}`, { intent: 'invite', role: 'member', days: '7' })).status).toBe(200)
    code = /\/groups\/join\/([\w-]+)/.exec((await get('mentor', `/groups/${groupId}`)).body)![1]!
    expect(code.length).toBeGreaterThan(6)
  }, 60_000)

  it('joins with a valid code, and refuses a revoked one with a sentence', async () => {
    for (const who of ['alice', 'bob']) {
      const joined = await post(who, `/groups/join/${code}`, {})
      expect(joined.status).toBe(302)
      expect(joined.location).toBe(`/groups/${groupId}`)
    }
    expect((await get('alice', `/groups/${groupId}`)).status).toBe(200)
    expect((await get('othermentor', `/groups/${groupId}`)).status).toBe(404)
    expect((await post('alice', `/groups/${groupId}`, { intent: 'invite', role: 'mentor', days: '7' })).status).toBe(403)
    expect((await post('mentor', `/groups/${groupId}`, { intent: 'revoke', code })).status).toBe(200)
    const refused = await post('othermentor', `/groups/join/${code}`, {})
    expect(refused.status).toBe(400)
    expect(refused.body).toContain('revoked')
  }, 60_000)

  it('shows an assignment in the matrix and ranks the leaderboard by solves', async () => {
    expect((await post('mentor', `/groups/${groupId}`, { intent: 'assign', target: 'problem', ref: 'no-such-problem', due: '2099-01-01' })).status).toBe(400)
    expect((await post('mentor', `/groups/${groupId}`, { intent: 'assign', target: 'problem', ref: 'two-sum', due: '2099-01-01' })).status).toBe(200)
    const solution = 'function twoSum(nums: number[], t: number) { const m = new Map<number, number>(); for (let i = 0; i < nums.length; i++) { const j = m.get(t - nums[i]); if (j !== undefined) return [j, i]; m.set(nums[i], i) } return [] }'
    const submitted = await submitOverHttp(server.url, cookies.alice!, 'two-sum', solution)
    expect(submitted.status).toBe(302)
    ids.aliceSubmission = submitted.id!
    for (let i = 0; i < 100; i++) {
      const page = await get('mentor', `/groups/${groupId}`)
      if (/matrix-\d+[^]*?solved/.test(page.body) && page.body.includes('Alice')) break
      await new Promise((r) => setTimeout(r, 200))
    }
    const page = (await get('mentor', `/groups/${groupId}`)).body
    const aliceRow = page.slice(page.indexOf(`matrix-${ids.alice}`), page.indexOf('</tr>', page.indexOf(`matrix-${ids.alice}`)))
    expect(aliceRow).toContain('solved')
    const board = page.slice(page.indexOf('data-testid="leaderboard"'))
    expect(board.indexOf('alice')).toBeLessThan(board.indexOf('bob'))
  }, 90_000)

  it('lets only the owner and the mentors of the owner’s groups read a submission', async () => {
    const path = `/submissions/${ids.aliceSubmission}`
    expect((await get('alice', path)).status).toBe(200)
    expect((await get('mentor', path)).status).toBe(200)
    expect((await get('bob', path)).status).toBe(404)
    expect((await get('othermentor', path)).status).toBe(404)
    expect((await get('admin', path)).status).toBe(404)
    expect((await get(null, path)).status).toBe(302)
  }, 60_000)

  it('runs a review: the candidate asks, the group’s mentor comments on a line and scores it, the candidate sees it', async () => {
    expect((await post('bob', '/feedback', { intent: 'request', itemType: 'submission', itemId: String(ids.aliceSubmission), groupId: String(groupId) })).status).toBe(400)
    const asked = await post('alice', '/feedback', { intent: 'request', itemType: 'submission', itemId: String(ids.aliceSubmission), groupId: String(groupId), note: 'Is the map the right call?' })
    expect(asked.status).toBe(302)
    const queue = (await get('mentor', '/mentor/reviews')).body
    const reviewId = /\/reviews\/(\d+)/.exec(queue)![1]!
    expect((await get('othermentor', '/mentor/reviews')).body).not.toContain(`/reviews/${reviewId}`)
    for (const who of ['bob', 'othermentor', 'admin']) expect((await get(who, `/reviews/${reviewId}`)).status).toBe(404)
    expect((await post('alice', `/reviews/${reviewId}`, { intent: 'comment', line: '1', body: 'Mine now' })).status).toBe(403)
    expect((await post('mentor', `/reviews/${reviewId}`, { intent: 'comment', line: '999', body: 'Out of range' })).status).toBe(400)
    expect((await post('mentor', `/reviews/${reviewId}`, { intent: 'comment', line: '1', body: 'A Map from value to index: exactly right.' })).status).toBe(200)
    expect((await post('mentor', `/reviews/${reviewId}`, { intent: 'done', summary: 'Clean one-pass solution.', correctness: '5', approach: '5' })).status).toBe(400)
    expect((await post('mentor', `/reviews/${reviewId}`, { intent: 'done', summary: 'Clean one-pass solution.', correctness: '5', approach: '5', clarity: '4', operations: '3' })).status).toBe(200)
    expect((await get('alice', '/')).body).toContain('feedback-count')
    const seen = (await get('alice', `/reviews/${reviewId}`)).body
    expect(seen).toContain('exactly right')
    expect(seen).toContain('Clean one-pass solution.')
    expect((await get('alice', '/')).body).not.toContain('feedback-count')
  }, 60_000)

  it('keeps the last mentor in the group', async () => {
    const left = await post('mentor', `/groups/${groupId}`, { intent: 'leave' })
    expect(left.status).toBe(400)
    expect(left.body).toContain('only mentor')
    expect((await post('bob', `/groups/${groupId}`, { intent: 'leave' })).status).toBe(302)
    expect((await get('bob', `/groups/${groupId}`)).status).toBe(404)
  }, 60_000)
})
