import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { largestValueFiles, solutionCode, withNegativeTest } from '../support/authoring-fixture'
import { signUpOverHttp, submitOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

// Group-private problems and tracks: the group's members see, solve and are assigned them; nobody else
// does (other mentors, candidates outside the group, visitors, admins).

let server: TestServer
const cookies: Record<string, string> = {}
const ids: Record<string, number> = {}
const slug = 'largest-private'
let groupId = 0
let otherGroupId = 0

async function post(who: string | null, path: string, fields: Record<string, string>) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: server.url, ...(who ? { Cookie: cookies[who]! } : {}), 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })
  return { status: res.status, location: res.headers.get('location'), body: (await res.text()).replaceAll('<!-- -->', '').replaceAll('&quot;', '"') }
}
const get = async (who: string | null, path: string) => {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual', headers: who ? { Cookie: cookies[who]! } : {} })
  return { status: res.status, location: res.headers.get('location'), body: (await res.text()).replaceAll('<!-- -->', '').replaceAll('&quot;', '"') }
}
function query<T>(sql: string, ...params: unknown[]) {
  const db = new Database(server.databasePath, { readonly: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}
function fileFields(files: Record<string, string>) {
  const fields: Record<string, string> = {}
  Object.entries(files).forEach(([path, content], i) => {
    fields[`files[${i}].path`] = path
    fields[`files[${i}].content`] = content
  })
  return fields
}
async function joinGroup(mentor: string, group: number, who: string) {
  expect((await post(mentor, `/groups/${group}`, { intent: 'invite', role: 'member', days: '7' })).status).toBe(200)
  const code = /\/groups\/join\/([\w-]+)/.exec((await get(mentor, `/groups/${group}`)).body)![1]!
  expect((await post(who, `/groups/join/${code}`, {})).status).toBe(302)
}
const trackYaml = (items: string[]) => `title: Private practice
roles: [backend]
description: >
  The group's own warm-up.
modules:
  - slug: warm-up
    title: Warm-up
    items: [${items.join(', ')}]
`

beforeAll(async () => {
  server = await startTestServer()
  for (const name of ['admin', 'mentor', 'othermentor', 'member', 'outsider', 'groupmentor']) cookies[name] = await signUpOverHttp(server.url, `${name}@example.com`)
  for (const row of query<{ id: number; email: string }>('SELECT id, email FROM users')) ids[row.email.split('@')[0]!] = row.id
  for (const name of ['mentor', 'othermentor']) expect((await post('admin', '/admin/users', { intent: 'set-role', userId: String(ids[name]), role: 'mentor' })).status).toBeLessThan(400)
  groupId = Number((await post('mentor', '/groups', { intent: 'create-group', name: 'Private prep' })).location!.split('/').pop())
  otherGroupId = Number((await post('othermentor', '/groups', { intent: 'create-group', name: 'Elsewhere' })).location!.split('/').pop())
  await joinGroup('mentor', groupId, 'member')
  await joinGroup('mentor', groupId, 'groupmentor')
  await joinGroup('othermentor', otherGroupId, 'outsider')
  // A site candidate made mentor of the group (group role only).
  expect((await post('mentor', `/groups/${groupId}`, { intent: 'set-role', userId: String(ids.groupmentor), role: 'mentor' })).status).toBeLessThan(400)
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

describe('group-private problems and tracks', () => {
  it('a mentor writes a problem for the group only; it is published private', async () => {
    const refused = await post('mentor', '/author/new', { kind: 'code', slug, title: 'Largest Private', area: 'authored', visibility: `group-${otherGroupId}` })
    expect(refused.status).toBe(400)
    expect(refused.body).toContain('Choose a group you mentor')
    const created = await post('mentor', '/author/new', { kind: 'code', slug, title: 'Largest Private', area: 'authored', visibility: `group-${groupId}` })
    expect(created.location).toBe(`/author/${slug}`)
    expect((await get('mentor', `/author/${slug}`)).body).toContain('Only the members of “Private prep”')

    const files = withNegativeTest(largestValueFiles({ slug, title: 'Largest Private' }))
    expect((await post('mentor', `/author/${slug}`, { intent: 'validate', ...fileFields(files) })).status).toBe(200)
    const published = await post('mentor', `/author/${slug}`, { intent: 'publish', ...fileFields(files) })
    expect(published.body).toContain('Published version 1')
    expect(query<{ group_id: number }>('SELECT group_id FROM problems WHERE slug = ?', slug)).toEqual([{ group_id: groupId }])
  }, 120_000)

  it('only the group sees it: others get the same 404 as for a problem that does not exist', async () => {
    expect((await get('member', `/problems/${slug}`)).status).toBe(200)
    expect((await get('groupmentor', `/problems/${slug}`)).status).toBe(200)
    for (const who of [null, 'outsider', 'othermentor', 'admin']) {
      const page = await get(who, `/problems/${slug}`)
      expect(page.status, String(who)).toBe(404)
      expect(page.body).not.toContain('Largest Private')
    }
    expect((await get('outsider', `/problems/${slug}/submissions`)).status).toBe(404)
    // Submitting is refused the same way, and writes nothing.
    expect((await submitOverHttp(server.url, cookies.outsider!, slug, solutionCode)).status).toBe(404)
    expect(query('SELECT id FROM submissions WHERE user_id = ?', ids.outsider)).toEqual([])
    const accepted = await submitOverHttp(server.url, cookies.member!, slug, solutionCode)
    expect(accepted.status).toBe(302)
  })

  it('cannot go into a track everyone sees, nor be assigned to another group', async () => {
    const placed = await post('mentor', `/author/${slug}`, { intent: 'place', placement: 'algorithms/arrays-hashing' })
    expect(placed.status).toBe(400)
    expect(placed.body).toContain('private to a group goes in that group’s own tracks')
    const assigned = await post('othermentor', `/groups/${otherGroupId}`, { intent: 'assign', target: 'problem', ref: slug, due: '2099-01-01' })
    expect(assigned.status).toBe(400)
    expect(assigned.body).toContain(`There is no problem “${slug}”`)
    expect((await post('mentor', `/groups/${groupId}`, { intent: 'assign', target: 'problem', ref: slug, due: '2099-01-01' })).status).toBe(200)
  })

  it('a track for everyone may not list it; the group’s own track may, and only the group sees that track', async () => {
    const everyone = await post('mentor', '/author/tracks/new', { slug: 'public-practice', visibility: 'public', yaml: trackYaml(['two-sum', slug]) })
    expect(everyone.status).toBe(422)
    expect(everyone.body).toContain(`line 8: unknown problem "${slug}": no public problem has that slug`)
    expect(query('SELECT slug FROM tracks WHERE slug = ?', 'public-practice')).toEqual([])

    const broken = await post('mentor', '/author/tracks/new', { slug: 'private-practice', visibility: `group-${groupId}`, yaml: 'title: [unclosed' })
    expect(broken.status).toBe(422)
    const created = await post('mentor', '/author/tracks/new', { slug: 'private-practice', visibility: `group-${groupId}`, yaml: trackYaml(['two-sum', slug]) })
    expect(created.status).toBe(302)
    expect(created.location).toBe('/author/tracks/private-practice?created=1')

    const memberTracks = await get('member', '/tracks')
    expect(memberTracks.body).toContain('href="/tracks/private-practice"')
    expect(memberTracks.body).toContain('Private to Private prep')
    const memberTrack = await get('member', '/tracks/private-practice')
    expect(memberTrack.status).toBe(200)
    expect(memberTrack.body).toContain('Largest Private')
    expect(memberTrack.body).toContain('solved')
    for (const who of [null, 'outsider', 'othermentor', 'admin']) {
      expect((await get(who, '/tracks')).body, String(who)).not.toContain('private-practice')
      expect((await get(who, '/tracks/private-practice')).status, String(who)).toBe(404)
    }
    // The group page lists it, and it can be assigned to the group only.
    expect((await get('member', `/groups/${groupId}`)).body).toContain('href="/tracks/private-practice"')
    expect((await post('othermentor', `/groups/${otherGroupId}`, { intent: 'assign', target: 'track', ref: 'private-practice', due: '2099-01-01' })).status).toBe(400)
    expect((await post('mentor', `/groups/${groupId}`, { intent: 'assign', target: 'track', ref: 'private-practice', due: '2099-01-01' })).status).toBe(200)
  })

  it('a track editor belongs to its author; a group mentor without a site role writes for their group only', async () => {
    expect((await get('othermentor', '/author/tracks/private-practice')).status).toBe(404)
    expect((await post('othermentor', '/author/tracks/private-practice', { visibility: 'public', yaml: trackYaml(['two-sum']) })).status).toBe(404)
    expect((await get('member', '/author/tracks/new')).status).toBe(403)
    expect((await get('outsider', '/author/tracks/new')).status).toBe(403)

    expect((await get('groupmentor', '/author/tracks/new')).status).toBe(200)
    const forEveryone = await post('groupmentor', '/author/tracks/new', { slug: 'gm-track', visibility: 'public', yaml: trackYaml(['two-sum']) })
    expect(forEveryone.status).toBe(422)
    expect(forEveryone.body).toContain('Only site mentors and admins publish for everyone')
    const forGroup = await post('groupmentor', '/author/tracks/new', { slug: 'gm-track', visibility: `group-${groupId}`, yaml: trackYaml([slug]) })
    expect(forGroup.status).toBe(302)
    // Taking a bundled track's slug is refused.
    const bundled = await post('mentor', '/author/tracks/new', { slug: 'algorithms', visibility: `group-${groupId}`, yaml: trackYaml(['two-sum']) })
    expect(bundled.body).toContain('is a bundled track')
  })

  it('making the problem public again shows it to everyone; a problem in a track others read cannot turn private', async () => {
    const made = await post('mentor', `/author/${slug}`, { intent: 'visibility', visibility: 'public' })
    expect(made.status).toBe(200)
    expect((await get('outsider', `/problems/${slug}`)).status).toBe(200)
    expect((await post('mentor', '/author/tracks/new', { slug: 'public-practice', visibility: 'public', yaml: trackYaml(['two-sum', slug]) })).status).toBe(302)
    const back = await post('mentor', `/author/${slug}`, { intent: 'visibility', visibility: `group-${groupId}` })
    expect(back.status).toBe(400)
    expect(back.body).toContain('The track “public-practice” lists it')
    expect(query<{ group_id: number | null }>('SELECT group_id FROM problems WHERE slug = ?', slug)).toEqual([{ group_id: null }])
  })
})
