import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpOverHttp, submitOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

/**
 * Every route and action, as every kind of visitor: who may read or change what. A new route file fails
 * the coverage test until it has a row here.
 */
type Role = 'anonymous' | 'candidate' | 'mentorOfOther' | 'mentorOfGroup' | 'admin'
const roles: Role[] = ['anonymous', 'candidate', 'mentorOfOther', 'mentorOfGroup', 'admin']
/** ok: 2xx · login: sent to /login · no: 403 or 404 · away: another redirect · allowed: anything but login/403/404 · a number: that status. */
type Outcome = 'ok' | 'login' | 'no' | 'away' | 'allowed' | number
type Row = { file: string; method: 'GET' | 'POST'; path: () => string; fields?: () => Record<string, string>; expect: Record<Role, Outcome> | Outcome }

let server: TestServer
const cookies: Partial<Record<Role | 'owner', string>> = {}
const ids: Record<string, number | string> = {}
const OWNER_MARK = 'OWNER_PRIVATE_MARK_4711'
const REFERENCE_MARK = 'const seenAt = new Map<number, number>()'

const matrixTrackYaml = 'title: Matrix track\nroles: [backend]\ndescription: The group’s own.\nmodules:\n  - slug: one\n    title: One\n    items: [two-sum]\n'

const all = (outcome: Outcome) => outcome
const signedIn = (outcome: Outcome): Record<Role, Outcome> => ({ anonymous: 'login', candidate: outcome, mentorOfOther: outcome, mentorOfGroup: outcome, admin: outcome })
const authorsOnly: Record<Role, Outcome> = { anonymous: 'login', candidate: 'no', mentorOfOther: 'ok', mentorOfGroup: 'ok', admin: 'ok' }
const groupMentorOnly: Record<Role, Outcome> = { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' }

const rows: Row[] = [
  { file: '_index.tsx', method: 'GET', path: () => '/', expect: all('ok') },
  { file: '$.tsx', method: 'GET', path: () => '/no-such-page', expect: all(404) },
  { file: 'signup.tsx', method: 'GET', path: () => '/signup', expect: { anonymous: 'ok', candidate: 'away', mentorOfOther: 'away', mentorOfGroup: 'away', admin: 'away' } },
  { file: 'login.tsx', method: 'GET', path: () => '/login', expect: { anonymous: 'ok', candidate: 'away', mentorOfOther: 'away', mentorOfGroup: 'away', admin: 'away' } },
  { file: 'logout.tsx', method: 'GET', path: () => '/logout', expect: all('away') },
  { file: 'account.tsx', method: 'GET', path: () => '/account', expect: signedIn('ok') },
  { file: 'admin.users.tsx', method: 'GET', path: () => '/admin/users', expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'no', admin: 'ok' } },
  { file: 'admin.users.tsx', method: 'POST', path: () => '/admin/users', fields: () => ({ intent: 'create-invite' }), expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'no', admin: 'ok' } },
  { file: 'tracks._index.tsx', method: 'GET', path: () => '/tracks', expect: all('ok') },
  { file: 'tracks.$slug.tsx', method: 'GET', path: () => '/tracks/algorithms', expect: all('ok') },
  // A track private to the group: its members (the candidate is one) see it; others get the 404 of a missing track.
  { file: 'tracks.$slug.tsx', method: 'GET', path: () => `/tracks/${ids.track}`, expect: { anonymous: 'no', candidate: 'ok', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' } },
  { file: 'plan.tsx', method: 'GET', path: () => '/plan', expect: all('ok') },
  { file: 'plan.tsx', method: 'POST', path: () => '/plan', fields: () => ({ intent: 'role', role: 'sre' }), expect: all('ok') },
  { file: 'problems.$slug.tsx', method: 'GET', path: () => '/problems/two-sum', expect: all('ok') },
  { file: 'problems.$slug.tsx', method: 'POST', path: () => '/problems/two-sum', fields: () => ({ intent: 'save-draft', code: '// mine', language: 'javascript' }), expect: signedIn('ok') },
  { file: 'problems.$slug_.submissions.tsx', method: 'GET', path: () => '/problems/two-sum/submissions', expect: signedIn('ok') },
  { file: 'submissions.$id.tsx', method: 'GET', path: () => `/submissions/${ids.submission}`, expect: groupMentorOnly },
  { file: 'progress.tsx', method: 'GET', path: () => '/progress', expect: signedIn('ok') },
  { file: 'review.tsx', method: 'GET', path: () => '/review', expect: signedIn('ok') },
  { file: 'review.tsx', method: 'POST', path: () => '/review', fields: () => ({ slug: 'two-sum', rating: 'good' }), expect: { anonymous: 'login', candidate: 400, mentorOfOther: 400, mentorOfGroup: 400, admin: 400 } },
  { file: 'incidents.$slug.tsx', method: 'GET', path: () => '/incidents/checkout-deploy-regression', expect: all('ok') },
  { file: 'incidents.$slug.tsx', method: 'POST', path: () => '/incidents/checkout-deploy-regression', fields: () => ({ intent: 'postmortem', attemptId: String(ids.attempt), postmortem: 'x'.repeat(60) }), expect: { anonymous: 'login', candidate: 400, mentorOfOther: 400, mentorOfGroup: 400, admin: 400 } },
  { file: 'design.$slug.tsx', method: 'GET', path: () => '/design/design-url-shortener', expect: all('ok') },
  { file: 'design.$slug.tsx', method: 'POST', path: () => '/design/design-url-shortener', fields: () => ({ intent: 'save', 'section-requirements': 'mine' }), expect: signedIn('ok') },
  { file: 'quiz.$slug.tsx', method: 'GET', path: () => '/quiz/quiz-cap-partition-choice', expect: all('ok') },
  { file: 'quiz.$slug.tsx', method: 'POST', path: () => '/quiz/quiz-cap-partition-choice', fields: () => ({ answer: 'c' }), expect: signedIn('ok') },
  { file: 'groups._index.tsx', method: 'GET', path: () => '/groups', expect: signedIn('ok') },
  { file: 'groups._index.tsx', method: 'POST', path: () => '/groups', fields: () => ({ intent: 'create-group', name: 'Another group' }), expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'away', mentorOfGroup: 'away', admin: 'away' } },
  { file: 'groups.$id.tsx', method: 'GET', path: () => `/groups/${ids.group}`, expect: { anonymous: 'login', candidate: 'ok', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' } },
  { file: 'groups.$id.tsx', method: 'POST', path: () => `/groups/${ids.group}`, fields: () => ({ intent: 'invite', role: 'mentor', days: '1' }), expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' } },
  { file: 'groups.join._index.tsx', method: 'GET', path: () => '/groups/join?code=abc', expect: all('away') },
  { file: 'groups.join.$code.tsx', method: 'GET', path: () => `/groups/join/${ids.invite}`, expect: all('ok') },
  { file: 'feedback.tsx', method: 'GET', path: () => '/feedback', expect: signedIn('ok') },
  { file: 'feedback.tsx', method: 'POST', path: () => '/feedback', fields: () => ({ intent: 'request', itemType: 'submission', itemId: String(ids.submission), groupId: String(ids.group) }), expect: { anonymous: 'login', candidate: 400, mentorOfOther: 400, mentorOfGroup: 400, admin: 400 } },
  { file: 'mentor.reviews.tsx', method: 'GET', path: () => '/mentor/reviews', expect: signedIn('ok') },
  { file: 'reviews.$id.tsx', method: 'GET', path: () => `/reviews/${ids.review}`, expect: groupMentorOnly },
  { file: 'reviews.$id.tsx', method: 'POST', path: () => `/reviews/${ids.review}`, fields: () => ({ intent: 'comment', line: '', body: 'A comment.' }), expect: groupMentorOnly },
  { file: 'sim.$slug.tsx', method: 'GET', path: () => '/sim/echo', expect: all('ok') },
  { file: 'sim.$slug.tsx', method: 'POST', path: () => '/sim/echo', fields: () => ({ intent: 'save-draft', code: '// mine', language: 'javascript' }), expect: signedIn('ok') },
  { file: 'author._index.tsx', method: 'GET', path: () => '/author', expect: authorsOnly },
  { file: 'author.new.tsx', method: 'GET', path: () => '/author/new', expect: authorsOnly },
  { file: 'author.new.tsx', method: 'POST', path: () => '/author/new', fields: () => ({ kind: 'quiz', slug: `matrix-quiz-${Math.random().toString(36).slice(2, 8)}`, title: 'A quiz' }), expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'away', mentorOfGroup: 'away', admin: 'away' } },
  // The draft belongs to the group's mentor: nobody else opens it, admins included.
  { file: 'author.$slug.tsx', method: 'GET', path: () => `/author/${ids.draft}`, expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' } },
  { file: 'author.$slug.tsx', method: 'POST', path: () => `/author/${ids.draft}`, fields: () => ({ intent: 'preview', markdown: '# hi' }), expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' } },
  // Exports carry hidden tests and references: everything of one's own, and one problem only to its author.
  { file: 'author.export.tsx', method: 'GET', path: () => '/author/export', expect: authorsOnly },
  { file: 'author.export.tsx', method: 'GET', path: () => `/author/export?problem=${ids.draft}`, expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' } },
  { file: 'author.import.tsx', method: 'GET', path: () => '/author/import', expect: authorsOnly },
  // A form post that is not multipart/form-data carries no archive: 415 for authors, who may import.
  { file: 'author.import.tsx', method: 'POST', path: () => '/author/import', fields: () => ({ visibility: 'public' }), expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 415, mentorOfGroup: 415, admin: 415 } },
  // Tracks are written by site mentors and admins, and by group mentors for their groups; a track's editor is its author's.
  { file: 'author.tracks.new.tsx', method: 'GET', path: () => '/author/tracks/new', expect: authorsOnly },
  { file: 'author.tracks.new.tsx', method: 'POST', path: () => '/author/tracks/new', fields: () => ({ slug: 'matrix-broken', visibility: 'public', yaml: 'title: [unclosed' }), expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 422, mentorOfGroup: 422, admin: 422 } },
  { file: 'author.tracks.$slug.tsx', method: 'GET', path: () => `/author/tracks/${ids.track}`, expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' } },
  { file: 'author.tracks.$slug.tsx', method: 'POST', path: () => `/author/tracks/${ids.track}`, fields: () => ({ visibility: `group-${ids.group}`, yaml: matrixTrackYaml }), expect: { anonymous: 'login', candidate: 'no', mentorOfOther: 'no', mentorOfGroup: 'ok', admin: 'no' } },
]

async function request(role: Role | 'owner', row: Pick<Row, 'method' | 'path' | 'fields'>) {
  const cookie = role === 'anonymous' ? undefined : cookies[role]
  const res = await fetch(`${server.url}${row.path()}`, {
    method: row.method,
    redirect: 'manual',
    headers: {
      Origin: server.url,
      ...(cookie ? { Cookie: cookie } : {}),
      ...(row.method === 'POST' ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: row.method === 'POST' ? new URLSearchParams(row.fields?.() ?? {}) : undefined,
  })
  return { status: res.status, location: res.headers.get('location') ?? '', body: await res.text() }
}

function classify({ status, location }: { status: number; location: string }): Exclude<Outcome, 'allowed' | number> | 'other' {
  if (status >= 200 && status < 300) return 'ok'
  if (status === 302 && location.startsWith('/login')) return 'login'
  if (status === 403 || status === 404) return 'no'
  if (status >= 300 && status < 400) return 'away'
  return 'other'
}

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' })
  for (const name of ['admin', 'mentorOfGroup', 'mentorOfOther', 'owner', 'candidate'] as const) cookies[name] = await signUpOverHttp(server.url, `${name.toLowerCase()}@example.com`)
  const db = new Database(server.databasePath, { readonly: true })
  const userIds = Object.fromEntries((db.prepare('SELECT id, email FROM users').all() as { id: number; email: string }[]).map((u) => [u.email.split('@')[0], u.id]))
  db.close()
  const as = (role: Role | 'owner', method: 'POST', p: string, fields: Record<string, string>) => request(role, { method, path: () => p, fields: () => fields })
  for (const mentor of ['mentorofgroup', 'mentorofother']) await as('admin', 'POST', '/admin/users', { intent: 'set-role', userId: String(userIds[mentor]), role: 'mentor' })
  ids.group = Number((await as('mentorOfGroup', 'POST', '/groups', { intent: 'create-group', name: 'Matrix group' })).location.split('/').pop())
  await as('mentorOfOther', 'POST', '/groups', { intent: 'create-group', name: 'Other group' })
  await as('mentorOfGroup', 'POST', `/groups/${ids.group}`, { intent: 'invite', role: 'member', days: '7' })
  ids.invite = /\/groups\/join\/([\w-]+)/.exec((await request('mentorOfGroup', { method: 'GET', path: () => `/groups/${ids.group}` })).body)![1]!
  for (const member of ['owner', 'candidate'] as const) await as(member, 'POST', `/groups/join/${ids.invite}`, {})
  // The owner's work: a submission carrying a private mark, an ended incident attempt, a review request.
  ids.submission = (await submitOverHttp(server.url, cookies.owner!, 'two-sum', `// ${OWNER_MARK}\nfunction twoSum(nums: number[], t: number): number[] { return [] }`)).id!
  await as('owner', 'POST', '/incidents/checkout-deploy-regression', { intent: 'start-incident' })
  const ownDb = new Database(server.databasePath, { readonly: true })
  ids.attempt = (ownDb.prepare('SELECT id FROM incident_attempts ORDER BY id DESC LIMIT 1').get() as { id: number }).id
  ownDb.close()
  await as('owner', 'POST', '/incidents/checkout-deploy-regression', { intent: 'incident-action', attemptId: String(ids.attempt), type: 'resolve', rootCause: 'promo-deploy' })
  for (let i = 0; i < 100; i++) {
    if ((await as('owner', 'POST', '/feedback', { intent: 'request', itemType: 'submission', itemId: String(ids.submission), groupId: String(ids.group) })).status === 302) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const draft = await as('mentorOfGroup', 'POST', '/author/new', { kind: 'code', slug: 'matrix-draft', title: 'Matrix draft' })
  ids.draft = draft.location.split('/').pop()!
  ids.track = 'matrix-track'
  expect((await as('mentorOfGroup', 'POST', '/author/tracks/new', { slug: ids.track, visibility: `group-${ids.group}`, yaml: matrixTrackYaml })).status).toBe(302)
  const queue = (await request('mentorOfGroup', { method: 'GET', path: () => '/mentor/reviews' })).body
  ids.review = /\/reviews\/(\d+)/.exec(queue)![1]!
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

describe('the authorization matrix', () => {
  it('has a row for every route file', () => {
    const files = fs.readdirSync(path.resolve('app/routes')).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
    const covered = new Set(rows.map((r) => r.file))
    expect(files.filter((f) => !covered.has(f))).toEqual([])
  })

  it('lets each visitor read and change exactly what they may, and never leaks private work or reference solutions', async () => {
    const failures: string[] = []
    for (const row of rows) {
      for (const role of roles) {
        const expected = typeof row.expect === 'object' ? row.expect[role] : row.expect
        const res = await request(role, row)
        const got = classify(res)
        const fine =
          typeof expected === 'number'
            ? res.status === expected
            : expected === 'allowed'
              ? got !== 'login' && got !== 'no'
              : got === expected
        if (!fine) failures.push(`${row.method} ${row.path()} as ${role}: expected ${expected}, got ${res.status} ${res.location}`)
        if (res.body.includes(OWNER_MARK) && role !== 'mentorOfGroup') failures.push(`${row.method} ${row.path()} as ${role} shows the owner's code`)
        if (res.body.includes(REFERENCE_MARK)) failures.push(`${row.method} ${row.path()} as ${role} shows the reference solution`)
      }
    }
    expect(failures).toEqual([])
  }, 240_000)
})
