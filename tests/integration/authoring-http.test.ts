import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { largestValueFiles, negativeTest, solutionCode, withNegativeTest } from '../support/authoring-fixture'
import { signUpOverHttp, submitOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
const cookies: Record<string, string> = {}
const ids: Record<string, number> = {}
const slug = 'largest-authored'
const page = `/author/${slug}`

async function post(who: string | null, path: string, fields: Record<string, string>) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: server.url, ...(who ? { Cookie: cookies[who]! } : {}), 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })
  return { status: res.status, location: res.headers.get('location'), body: await res.text() }
}
const get = async (who: string | null, path: string) => {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual', headers: who ? { Cookie: cookies[who]! } : {} })
  return { status: res.status, location: res.headers.get('location'), body: await res.text() }
}

/** The editor form's fields for a file map, as the browser posts them. */
function fileFields(files: Record<string, string>) {
  const fields: Record<string, string> = {}
  Object.entries(files).forEach(([path, content], i) => {
    fields[`files[${i}].path`] = path
    fields[`files[${i}].content`] = content
  })
  return fields
}
const act = (intent: string, files?: Record<string, string>, who = 'mentor') => post(who, page, { intent, ...(files ? fileFields(files) : {}) })

function query<T>(sql: string, ...params: unknown[]) {
  const db = new Database(server.databasePath, { readonly: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

async function waitForVerdict(id: number) {
  for (let i = 0; i < 150; i++) {
    const body = (await get('alice', `/submissions/${id}`)).body
    if (body.includes('problem version')) return body.replaceAll('<!-- -->', '')
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`submission ${id} was not judged`)
}

beforeAll(async () => {
  server = await startTestServer()
  for (const name of ['admin', 'mentor', 'othermentor', 'alice']) cookies[name] = await signUpOverHttp(server.url, `${name}@example.com`)
  for (const row of query<{ id: number; email: string }>('SELECT id, email FROM users')) ids[row.email.split('@')[0]!] = row.id
  for (const name of ['mentor', 'othermentor']) expect((await post('admin', '/admin/users', { intent: 'set-role', userId: String(ids[name]), role: 'mentor' })).status).toBeLessThan(400)
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

describe('authoring problems in the browser, over HTTP', () => {
  const toothless = largestValueFiles({ slug })

  it('keeps candidates and visitors out of /author', async () => {
    for (const path of ['/author', '/author/new', page]) {
      expect((await get('alice', path)).status).toBe(403)
      expect((await get(null, path)).status).toBe(302)
    }
    expect((await post('alice', '/author/new', { kind: 'code', slug: 'sneaky', title: 'Sneaky', area: 'authored' })).status).toBe(403)
    expect((await get('alice', '/')).body).not.toContain('href="/author"')
    expect((await get('mentor', '/')).body).toContain('href="/author"')
  })

  it('creates a private draft from the template, and refuses a slug that a bundled problem uses', async () => {
    const taken = await post('mentor', '/author/new', { kind: 'code', slug: 'two-sum', title: 'Mine', area: 'authored' })
    expect(taken.status).toBe(400)
    expect(taken.body).toContain('is a bundled problem')
    const created = await post('mentor', '/author/new', { kind: 'code', slug, title: 'Largest Value', area: 'authored' })
    expect(created.status).toBe(302)
    expect(created.location).toBe(page)
    const again = await post('othermentor', '/author/new', { kind: 'quiz', slug, title: 'Copy', area: 'authored' })
    expect(again.status).toBe(400)
    expect(again.body).toContain('Another author already has')

    expect((await get('mentor', '/author')).body).toContain(`data-testid="authored-${slug}"`)
    expect((await get('othermentor', '/author')).body).not.toContain(slug)
    expect((await get('admin', '/author')).body).not.toContain(slug)
  })

  it('never shows a draft to candidates, and keeps other mentors and admins out of it', async () => {
    expect((await get('alice', `/problems/${slug}`)).status).toBe(404)
    expect((await get('othermentor', page)).status).toBe(404)
    expect((await post('othermentor', page, { intent: 'save', ...fileFields(toothless) })).status).toBe(404)
    expect((await get('admin', page)).status).toBe(404)
    expect(query('SELECT id FROM problems WHERE slug = ?', slug)).toEqual([])
  })

  it('validates the template: every placeholder is an error on its file', async () => {
    const result = await act('validate')
    expect(result.status).toBe(422)
    expect(result.body).toContain('replace the placeholder')
    expect(result.body).toContain('data-testid="issues-solution.ts"')
  }, 60_000)

  it('catches a suite without teeth, and refuses to publish it', async () => {
    const files = { ...toothless }
    const result = await act('validate', files)
    expect(result.body).toContain('tests lack teeth: wrong/starts-at-zero.ts was accepted')
    // The template's wrong solution was replaced by the posted files: only the posted paths remain.
    expect(result.body).not.toContain('wrong/naive.ts')
    const refused = await act('publish', files)
    expect(refused.status).toBe(400)
    expect(refused.body).toContain('The last validation failed')
    expect(query('SELECT id FROM problems WHERE slug = ?', slug)).toEqual([])
  }, 60_000)

  it('publishes version 1 once the fixed files pass, and a candidate sees only what candidates may', async () => {
    const fixed = withNegativeTest(toothless)
    const unvalidated = await act('publish', fixed)
    expect(unvalidated.status).toBe(400)
    expect(unvalidated.body).toContain('validate them, then publish')
    const validated = await act('validate', fixed)
    expect(validated.status).toBe(200)
    expect(validated.body).toContain('Validation passed')
    const published = await act('publish', fixed)
    expect(published.status).toBe(200)
    expect(published.body).toContain('Published version 1')
    const [row] = query<{ source: string; status: string }>('SELECT source, status FROM problems WHERE slug = ?', slug)
    expect(row).toEqual({ source: 'authored', status: 'published' })

    const candidate = await get('alice', `/problems/${slug}`)
    expect(candidate.status).toBe(200)
    expect(candidate.body).toContain('Values may be negative')
    // Hidden tests, the reference and the wrong solutions never reach a candidate.
    expect(candidate.body).not.toContain('all negative')
    expect(candidate.body).not.toContain('let best = nums[0]')
    expect(candidate.body).not.toContain('Starts from 0 instead')
    expect(candidate.body).not.toContain('maximum 30 first')
  }, 60_000)

  it('republishes a changed statement as version 2 while a submission made on version 1 keeps it', async () => {
    const submitted = await submitOverHttp(server.url, cookies.alice!, slug, solutionCode)
    expect(submitted.status).toBe(302)
    ids.submission = submitted.id!
    const judged = await waitForVerdict(submitted.id!)
    expect(judged).toContain('Accepted')
    expect(judged).toContain('problem version 1')

    const changed = withNegativeTest(largestValueFiles({ slug, statement: 'Return the largest number in `nums` (never empty). Values may be negative; answer in O(n).' }))
    expect((await act('validate', changed)).body).toContain('Validation passed')
    // A browser posts textareas with CRLF line endings: the same files, so they publish.
    const crlf = Object.fromEntries(Object.entries(changed).map(([file, text]) => [file, text.replaceAll('\n', '\r\n')]))
    expect((await act('publish', crlf)).body).toContain('Published version 2')
    expect((await act('publish', changed)).body).toContain('Nothing changed since version 2')

    const versions = query<{ version: number }>('SELECT v.version FROM problem_versions v JOIN problems p ON p.id = v.problem_id WHERE p.slug = ? ORDER BY v.version', slug)
    expect(versions.map((v) => v.version)).toEqual([1, 2])
    expect(await waitForVerdict(ids.submission)).toContain('problem version 1')
    expect((await get('alice', `/problems/${slug}`)).body).toContain('answer in O(n)')

    const history = (await get('mentor', `${page}?diff=2`)).body
    expect(history).toContain('Version 2 compared with version 1')
    expect(history).toContain('answer in O(n)')
    expect(history).toMatch(/Version (<!-- -->)?2<\/span>/)
    expect(history).toMatch(/UTC by (<!-- -->)?mentor/)
  }, 90_000)

  it('refuses a republish that renumbers a test or brings back a retired id, with a sentence', async () => {
    const base = largestValueFiles({ slug, statement: 'Return the largest number in `nums` (never empty). Values may be negative; answer in O(n).' })
    const renumbered = { ...base, 'tests.yaml': base['tests.yaml']! + negativeTest.replace('id: 13', 'id: 14') }
    expect((await act('validate', renumbered)).body).toContain('Validation passed')
    const refused = await act('publish', renumbered)
    expect(refused.status).toBe(400)
    expect(refused.body).toContain('Test 14 has the input of test 13 in version 2: test ids are never renumbered')

    // Dropping test 13 retires its id for good (and, without it, the suite has no teeth: a second negative test keeps them).
    const otherNegative = '  - id: 15\n    name: negatives and a zero\n    args: [[-4, 0, -1]]\n    expected: 0\n  - id: 16\n    name: all negative again\n    args: [[-8, -6, -7]]\n    expected: -6\n'
    const withoutThirteen = { ...base, 'tests.yaml': base['tests.yaml']! + otherNegative }
    expect((await act('validate', withoutThirteen)).body).toContain('Validation passed')
    expect((await act('publish', withoutThirteen)).body).toContain('Published version 3')
    const reused = { ...withoutThirteen, 'tests.yaml': withoutThirteen['tests.yaml']! + '  - id: 13\n    name: a new test\n    args: [[1, 2, 3]]\n    expected: 3\n' }
    expect((await act('validate', reused)).body).toContain('Validation passed')
    const retired = await act('publish', reused)
    expect(retired.status).toBe(400)
    expect(retired.body).toContain('test id 13 was retired by an earlier version and cannot be reused')
    expect(query('SELECT id FROM problem_versions v WHERE problem_id = (SELECT id FROM problems WHERE slug = ?)', slug)).toHaveLength(3)
  }, 120_000)

  it('puts the published problem into a module of a bundled track, where candidates find it', async () => {
    const editor = (await get('mentor', page)).body
    const placement = /<option value="(algorithms\/[a-z0-9-]+)"/.exec(editor)![1]!
    const placed = await act('place', undefined)
    expect(placed.status).toBe(400)
    expect((await post('mentor', page, { intent: 'place', placement })).status).toBe(200)
    const track = (await get('alice', '/tracks/algorithms')).body
    expect(track).toContain(`/problems/${slug}`)
    expect((await post('othermentor', page, { intent: 'unplace', trackSlug: 'algorithms' })).status).toBe(404)
    expect((await post('mentor', page, { intent: 'unplace', trackSlug: 'algorithms' })).status).toBe(200)
    expect((await get('alice', '/tracks/algorithms')).body).not.toContain(`/problems/${slug}`)
  })

  it('authors other kinds the same way: a concept check goes from template to its candidate page', async () => {
    expect((await post('othermentor', '/author/new', { kind: 'quiz', slug: 'quiz-authored', title: 'Which one?', area: 'concepts' })).status).toBe(302)
    const editor = (await get('othermentor', '/author/quiz-authored')).body
    const files: Record<string, string> = {}
    for (const match of editor.matchAll(/name="files\[(\d+)\]\.path" value="([^"]+)"/g)) {
      const content = new RegExp(`name="files\\[${match[1]}\\]\\.content"[^>]*>([^]*?)</textarea>`).exec(editor)![1]!
      files[match[2]!] = content.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').replaceAll('TODO(author)', 'filled')
    }
    expect(Object.keys(files).sort()).toEqual(['problem.md', 'quiz.yaml'])
    const quizPage = '/author/quiz-authored'
    expect((await post('othermentor', quizPage, { intent: 'validate', ...fileFields(files) })).body).toContain('Validation passed')
    expect((await post('othermentor', quizPage, { intent: 'publish', ...fileFields(files) })).body).toContain('Published version 1')
    const candidate = await get('alice', '/quiz/quiz-authored')
    expect(candidate.status).toBe(200)
    expect(candidate.body).toContain('filled the second option')
    expect(candidate.body).not.toContain('in at least 100 characters')
  }, 60_000)
})
