import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { Header, list as listTar } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportArchive } from '~/content/archive'
import { copyFixture, editFile, fixturesDir, lineOf } from '~/content/test-fixtures'
import { hashFiles } from '~/models/authoring-files.server'
import { largestValueFiles, withNegativeTest } from '../support/authoring-fixture'
import { signUpOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

/** Import and export of authored problems in the browser: the CLI's archive format, all or nothing. */

const now = new Date('2025-01-02T03:04:05Z')
const importData = '/author/import?_data=routes%2Fauthor.import'
let server: TestServer
const cookies: Record<string, string> = {}
const ids: Record<string, number> = {}
const scratch = mkdtempSync(path.join(tmpdir(), 'drill-archive-http-'))
const timings: string[] = []

type ImportReply =
  | { status: 'invalid'; formError: string | null; fieldErrors: Record<string, string> }
  | { status: 'failed'; errors: string[] }
  | {
      status: 'imported'
      problems: { slug: string; status: string; version: number | null }[]
      tracks: { slug: string; status: string }[]
    }

async function upload(
  target: TestServer,
  cookie: string | null,
  archive: Buffer | null,
  fields: Record<string, string> = {},
  { data = true, filename = 'problems.tar.gz' } = {},
) {
  const form = new FormData()
  if (archive)
    form.append(
      'archive',
      new Blob([new Uint8Array(archive)], { type: 'application/gzip' }),
      filename,
    )
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  const started = performance.now()
  const res = await fetch(`${target.url}${data ? importData : '/author/import'}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: target.url, ...(cookie ? { Cookie: cookie } : {}) },
    body: form,
  })
  const body = await res.text()
  const reply = res.headers.get('content-type')?.includes('json')
    ? (JSON.parse(body) as ImportReply)
    : undefined
  return {
    status: res.status,
    location: res.headers.get('location'),
    body,
    reply,
    ms: Math.round(performance.now() - started),
  }
}

async function get(target: TestServer, cookie: string | null, url: string) {
  const res = await fetch(`${target.url}${url}`, {
    redirect: 'manual',
    headers: cookie ? { Cookie: cookie } : {},
  })
  return {
    status: res.status,
    headers: res.headers,
    location: res.headers.get('location'),
    bytes: Buffer.from(await res.arrayBuffer()),
  }
}

async function post(cookie: string, url: string, fields: Record<string, string>) {
  const res = await fetch(`${server.url}${url}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      Origin: server.url,
      Cookie: cookie,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(fields),
  })
  return { status: res.status, location: res.headers.get('location'), body: await res.text() }
}

function query<T>(target: TestServer, sql: string, ...params: unknown[]) {
  const db = new Database(target.databasePath, { readonly: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

const contentTables = [
  'authored_problems',
  'authored_versions',
  'problems',
  'problem_versions',
  'problem_test_ids',
  'tracks',
  'track_modules',
  'track_items',
]
/** Row counts and the authored rows themselves: equal before and after means the import wrote nothing. */
function snapshot(target: TestServer) {
  return {
    counts: Object.fromEntries(
      contentTables.map((table) => [
        table,
        query<{ n: number }>(target, `SELECT count(*) AS n FROM ${table}`)[0]!.n,
      ]),
    ),
    authored: query(
      target,
      'SELECT id, slug, author_id, files, validation, problem_id, updated_at FROM authored_problems ORDER BY id',
    ),
  }
}

/** A fixture copy whose problem `from` is renamed `to` (folder and frontmatter). */
function fixtureWith(name: string, renames: Record<string, string> = {}) {
  const copy = copyFixture(name)
  for (const [from, to] of Object.entries(renames)) {
    const dir = path.join(copy.root, 'basics', to)
    renameSync(path.join(copy.root, 'basics', from), dir)
    editFile(path.join(dir, 'problem.md'), `slug: ${from}`, `slug: ${to}`)
  }
  return copy.root
}

async function archiveOf(root: string, slugs: string[], { track }: { track?: string } = {}) {
  const out = path.join(scratch, `${Math.random().toString(36).slice(2)}.tar.gz`)
  await exportArchive({ root, slugs, track, out, now })
  return readFileSync(out)
}

async function entriesOf(bytes: Buffer) {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.tar.gz`)
  writeFileSync(file, bytes)
  const names: string[] = []
  await listTar({ file, onReadEntry: (entry) => void names.push(entry.path) })
  return names.sort()
}

/** A .tar.gz written header by header, holding what no honest tool would write. */
function rawArchive(
  entries: { path: string; type?: 'File' | 'SymbolicLink'; body?: string; linkpath?: string }[],
) {
  const blocks: Buffer[] = []
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? '')
    const type = entry.type ?? 'File'
    const block = Buffer.alloc(512)
    new Header({
      path: entry.path,
      type,
      size: type === 'File' ? body.length : 0,
      mode: 0o644,
      mtime: now,
      linkpath: entry.linkpath,
    }).encode(block, 0)
    blocks.push(block)
    if (type === 'File' && body.length > 0)
      blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks))
}

const testIdsOf = (target: TestServer, slug: string) =>
  query<{ id: number; first: number; retired: number | null }>(
    target,
    'SELECT t.test_id AS id, t.first_version AS first, t.retired_in_version AS retired FROM problem_test_ids t JOIN problems p ON p.id = t.problem_id WHERE p.slug = ? ORDER BY t.test_id',
    slug,
  )

function publishedState(target: TestServer) {
  return query<{
    slug: string
    area: string
    files: string
    source: string
    version: number
    hash: string
  }>(
    target,
    `SELECT a.slug, a.area, a.files, p.source, v.version, v.content_hash AS hash
     FROM authored_problems a JOIN problems p ON p.id = a.problem_id JOIN problem_versions v ON v.id = p.current_version_id ORDER BY a.slug`,
  ).map((row) => ({
    ...row,
    files: JSON.parse(row.files) as Record<string, string>,
    testIds: testIdsOf(target, row.slug),
  }))
}

beforeAll(async () => {
  server = await startTestServer()
  for (const name of ['admin', 'mentor', 'othermentor', 'alice'])
    cookies[name] = await signUpOverHttp(server.url, `${name}@example.com`)
  for (const row of query<{ id: number; email: string }>(server, 'SELECT id, email FROM users'))
    ids[row.email.split('@')[0]!] = row.id
  for (const name of ['mentor', 'othermentor'])
    expect(
      (
        await post(cookies.admin!, '/admin/users', {
          intent: 'set-role',
          userId: String(ids[name]),
          role: 'mentor',
        })
      ).status,
    ).toBeLessThan(400)
  ids.group = Number(
    (await post(cookies.mentor!, '/groups', { intent: 'create-group', name: 'Import group' }))
      .location!.split('/')
      .pop(),
  )
  ids.otherGroup = Number(
    (await post(cookies.othermentor!, '/groups', { intent: 'create-group', name: 'Not yours' }))
      .location!.split('/')
      .pop(),
  )
}, 120_000)

afterAll(async () => {
  await server?.stop()
  rmSync(scratch, { recursive: true, force: true })
  if (timings.length) console.log(`authoring archive timings:\n  ${timings.join('\n  ')}`)
})

describe('importing and exporting authored problems over HTTP', () => {
  it('keeps candidates and visitors out of export and import', async () => {
    const archive = await archiveOf(path.join(fixturesDir, 'problems'), ['has-duplicate'])
    for (const url of [
      '/author/export',
      '/author/export?problem=has-duplicate',
      '/author/import',
    ]) {
      expect((await get(server, cookies.alice!, url)).status).toBe(403)
      const anonymous = await get(server, null, url)
      expect(anonymous.status).toBe(302)
      expect(anonymous.location).toMatch(/^\/login/)
    }
    expect((await upload(server, cookies.alice!, archive)).status).toBe(403)
    expect((await upload(server, null, archive, {}, { data: false })).location).toMatch(/^\/login/)
    expect(query(server, 'SELECT id FROM authored_problems')).toEqual([])
  })

  it('refuses a bad form with a 4xx and a sentence: no file, not multipart, over the size limit, a group the mentor does not mentor', async () => {
    const archive = await archiveOf(path.join(fixturesDir, 'problems'), ['has-duplicate'])
    const form = (await get(server, cookies.mentor!, '/author/import')).bytes.toString()
    // HTML attribute names are case-insensitive; React writes encType.
    expect(form).toMatch(/<form method="post" action="\/author\/import" enctype="multipart\/form-data"/i)
    expect(form).toContain(`<option value="${ids.group}">`)
    expect(form).not.toContain(`<option value="${ids.otherGroup}">`)

    const empty = await upload(server, cookies.mentor!, null)
    expect(empty.status).toBe(400)
    expect(empty.reply).toMatchObject({
      status: 'invalid',
      fieldErrors: { archive: 'Choose a .tar.gz archive to import.' },
    })

    const urlEncoded = await post(cookies.mentor!, importData, { visibility: 'public' })
    expect(urlEncoded.status).toBe(415)
    expect(urlEncoded.body).toContain('multipart/form-data')

    const tooBig = await upload(server, cookies.mentor!, Buffer.alloc(64 * 1024 * 1024 + 1))
    expect(tooBig.status).toBe(413)
    expect(tooBig.reply).toMatchObject({
      status: 'invalid',
      fieldErrors: { archive: 'The upload is over 64 MB, the most an archive may be.' },
    })

    for (const visibility of [String(ids.otherGroup), '999999', 'everyone']) {
      const refused = await upload(server, cookies.mentor!, archive, { visibility })
      expect(refused.status).toBe(400)
      expect(refused.reply?.status).toBe('invalid')
      expect(refused.reply?.status === 'invalid' && refused.reply.fieldErrors.visibility).toMatch(
        /group you mentor|Choose who sees/,
      )
    }
    expect(query(server, 'SELECT id FROM authored_problems')).toEqual([])
  })

  it('imports a clean archive: each problem checked, stored with a passing validation of exactly its files, published as version 1', async () => {
    const archive = await archiveOf(path.join(fixturesDir, 'problems'), [
      'has-duplicate',
      'running-total',
    ])
    const imported = await upload(server, cookies.mentor!, archive, {
      visibility: String(ids.group),
    })
    timings.push(`import of 2 code problems (checked on the server's judge): ${imported.ms} ms`)
    expect(imported.reply).toMatchObject({
      status: 'imported',
      problems: [
        { slug: 'has-duplicate', status: 'new', version: 1 },
        { slug: 'running-total', status: 'new', version: 1 },
      ],
    })
    expect(imported.status).toBe(200)

    const rows = query<{
      slug: string
      author_id: number
      area: string
      files: string
      validation: string
      group_id: number | null
    }>(
      server,
      'SELECT slug, author_id, area, files, validation, group_id FROM authored_problems ORDER BY slug',
    )
    expect(rows.map((row) => [row.slug, row.author_id, row.area, row.group_id])).toEqual([
      ['has-duplicate', ids.mentor, 'basics', ids.group],
      ['running-total', ids.mentor, 'basics', ids.group],
    ])
    for (const row of rows) {
      const files = JSON.parse(row.files) as Record<string, string>
      expect(files['tests.yaml']).toBe(
        readFileSync(path.join(fixturesDir, 'problems/basics', row.slug, 'tests.yaml'), 'utf8'),
      )
      expect(Object.keys(files).filter((file) => file.startsWith('wrong/')).length).toBe(2)
      const validation = JSON.parse(row.validation) as {
        ok: boolean
        filesHash: string
        summary: string
      }
      expect(validation).toMatchObject({ ok: true, filesHash: hashFiles(files) })
      expect(validation.summary).toMatch(
        /^Every check passed \(\d+ tests, 2 wrong solutions rejected/,
      )
    }
    // Private to the group chosen on the form: published so, and hidden from a candidate outside it.
    expect(
      query(
        server,
        "SELECT slug, group_id AS groupId FROM problems WHERE source = 'authored' ORDER BY slug",
      ),
    ).toEqual([
      { slug: 'has-duplicate', groupId: ids.group },
      { slug: 'running-total', groupId: ids.group },
    ])
    expect((await get(server, cookies.alice!, '/problems/has-duplicate')).status).toBe(404)
    const ids13 = testIdsOf(server, 'has-duplicate')
    expect(ids13.length).toBeGreaterThanOrEqual(12)
    expect(ids13.every((test) => test.first === 1 && test.retired === null)).toBe(true)

    // The editor shows it as the viewer's published problem, whose validation lets them publish again.
    const editor = await get(server, cookies.mentor!, '/author/has-duplicate')
    expect(editor.status).toBe(200)
    expect(editor.bytes.toString()).toContain('Published v')
    // The HTML form (no JavaScript) shows the summary with a link to each problem.
    const page = await upload(server, cookies.mentor!, archive, {}, { data: false })
    expect(page.status).toBe(200)
    expect(page.body).toContain('data-testid="import-summary"')
    expect(page.body).toContain('href="/author/running-total"')
  }, 180_000)

  it('changes nothing when one problem of the archive is broken, and lists every error as file:line', async () => {
    const root = fixtureWith('problems', { 'has-duplicate': 'dup-broken' })
    const tests = path.join(root, 'basics/dup-broken/tests.yaml')
    editFile(tests, '  - id: 2\n', '  - id: 1\n')
    // A suite without teeth: a wrong solution passes every test.
    const toothless = path.join(fixturesDir, 'toothless/basics/largest-value')
    const withToothless = path.join(root, 'basics/largest-value')
    mkdirSync(withToothless)
    for (const file of [
      'problem.md',
      'starter.ts',
      'solution.ts',
      'tests.yaml',
      'hints.md',
      'editorial.md',
      'wrong/last-element.ts',
      'wrong/starts-at-zero.ts',
    ]) {
      mkdirSync(path.dirname(path.join(withToothless, file)), { recursive: true })
      writeFileSync(path.join(withToothless, file), readFileSync(path.join(toothless, file)))
    }
    const archive = await archiveOf(root, ['dup-broken', 'largest-value', 'running-total'])
    const before = snapshot(server)
    const result = await upload(server, cookies.mentor!, archive, { replace: 'on' })
    expect(result.status).toBe(422)
    expect(result.reply?.status).toBe('failed')
    const errors = result.reply?.status === 'failed' ? result.reply.errors : []
    const line = lineOf(tests, 'name: example 2') - 1
    expect(errors).toContain(
      `problems/basics/dup-broken/tests.yaml:${line}: test 1: id 1 is already used by the test on line 2; ids are unique and never reused`,
    )
    expect(
      errors.some((error) =>
        /^problems\/basics\/largest-value\/wrong\/[a-z-]+\.ts:\d+: tests lack teeth: wrong\/[a-z-]+\.ts was accepted/.test(
          error,
        ),
      ),
    ).toBe(true)
    // running-total is the mentor's already, unchanged: not an error, and not written either.
    expect(errors.every((error) => !error.includes('running-total'))).toBe(true)
    expect(snapshot(server)).toEqual(before)
    const page = await upload(server, cookies.mentor!, archive, {}, { data: false })
    expect(page.status).toBe(422)
    expect(page.body).toContain('Nothing was imported')
    expect(page.body).toContain(`problems/basics/dup-broken/tests.yaml:${line}:`)
  }, 180_000)

  it('refuses slugs of bundled problems, of another author and reserved names, writing nothing', async () => {
    const root = fixtureWith('problems', { 'running-total': 'two-sum' })
    const taken = await archiveOf(root, ['has-duplicate', 'two-sum'])
    const before = snapshot(server)
    const other = await upload(server, cookies.othermentor!, taken)
    expect(other.status).toBe(422)
    expect(other.reply?.status === 'failed' && other.reply.errors).toEqual([
      'problems/basics/has-duplicate/problem.md:1: Another author already has a problem "has-duplicate"; rename the folder (and the slug in problem.md), or leave it out of the archive.',
      'problems/basics/two-sum/problem.md:1: "two-sum" is a bundled problem; rename the folder (and the slug in problem.md), or leave it out of the archive.',
    ])
    const reserved = await upload(
      server,
      cookies.mentor!,
      await archiveOf(fixtureWith('problems', { 'has-duplicate': 'export' }), ['export']),
    )
    expect(reserved.status).toBe(422)
    expect(reserved.reply?.status === 'failed' && reserved.reply.errors[0]).toMatch(
      /^problems\/basics\/export\/problem\.md:1: "export" is reserved/,
    )
    expect(snapshot(server)).toEqual(before)
  })

  it('refuses hostile and damaged archives with a 422 naming each entry, never a 500', async () => {
    const before = snapshot(server)
    const hostile = rawArchive([
      { path: '../escape.txt', body: 'x' },
      { path: '/tmp/absolute.txt', body: 'x' },
      { path: 'problems/basics/x/../../../../escape.txt', body: 'x' },
      { path: 'problems/basics/x/link.md', type: 'SymbolicLink', linkpath: '/etc/passwd' },
      { path: 'problems/basics/x/problem.md', body: '---\n' },
    ])
    const refused = await upload(server, cookies.mentor!, hostile, {}, { filename: 'evil.tar.gz' })
    expect(refused.status).toBe(422)
    expect(refused.reply?.status === 'failed' && refused.reply.errors).toEqual([
      'evil.tar.gz:1: "../escape.txt" climbs out of the archive folder with ..',
      'evil.tar.gz:1: "/tmp/absolute.txt" is an absolute path',
      'evil.tar.gz:1: "problems/basics/x/../../../../escape.txt" climbs out of the archive folder with ..',
      'evil.tar.gz:1: "problems/basics/x/link.md" is a symbolic link; an archive may hold only plain files and folders',
    ])
    const garbage = await upload(
      server,
      cookies.mentor!,
      Buffer.from('not an archive at all'),
      {},
      { filename: 'notes.tar.gz' },
    )
    expect(garbage.status).toBe(422)
    expect(garbage.reply?.status === 'failed' && garbage.reply.errors[0]).toMatch(
      /^notes\.tar\.gz:1: the file is not a gzip-compressed tar archive/,
    )
    const empty = await upload(
      server,
      cookies.mentor!,
      rawArchive([{ path: 'drill-export.json', body: '{}' }]),
    )
    expect(empty.status).toBe(422)
    expect(empty.reply?.status === 'failed' && empty.reply.errors[0]).toContain(
      'holds no problems/ folder',
    )
    expect(snapshot(server)).toEqual(before)
  })

  it('imports a track with its problems, checked against what its readers may see, and exports it again', async () => {
    const trackFile = path.join(fixturesDir, 'problems/tracks/basics.yaml')
    const archive = await archiveOf(path.join(fixturesDir, 'problems'), [], { track: 'basics' })
    const before = snapshot(server)
    // The problems are private to the mentor's group, so a track everyone reads cannot list them.
    const forEveryone = await upload(server, cookies.mentor!, archive)
    expect(forEveryone.status).toBe(422)
    const line = lineOf(trackFile, 'items: [has-duplicate]')
    expect(forEveryone.reply?.status === 'failed' && forEveryone.reply.errors).toContain(
      `problems/tracks/basics.yaml:${line}: unknown problem "has-duplicate": no public problem has that slug`,
    )
    expect(snapshot(server)).toEqual(before)

    const forGroup = await upload(server, cookies.mentor!, archive, {
      visibility: String(ids.group),
    })
    expect(forGroup.reply).toMatchObject({
      status: 'imported',
      problems: [
        { slug: 'has-duplicate', status: 'unchanged' },
        { slug: 'running-total', status: 'unchanged' },
      ],
      tracks: [{ slug: 'basics', status: 'new' }],
    })
    expect(
      query(
        server,
        "SELECT source, author_id AS author, group_id AS groupId, yaml FROM tracks WHERE slug = 'basics'",
      ),
    ).toEqual([
      {
        source: 'authored',
        author: ids.mentor,
        groupId: ids.group,
        yaml: readFileSync(trackFile, 'utf8'),
      },
    ])
    expect(
      query(
        server,
        "SELECT i.problem_slug AS slug FROM track_items i JOIN track_modules m ON m.id = i.module_id WHERE m.track_slug = 'basics' ORDER BY m.position, i.position",
      ),
    ).toEqual([{ slug: 'has-duplicate' }, { slug: 'running-total' }])

    // A track that names a problem nobody has, and one that takes a bundled track's slug.
    const root = mkdtempSync(path.join(scratch, 'tracks-'))
    mkdirSync(path.join(root, 'tracks'))
    writeFileSync(
      path.join(root, 'tracks/extra.yaml'),
      readFileSync(trackFile, 'utf8').replace(
        'items: [has-duplicate]',
        'items: [has-duplicate, no-such-problem]',
      ),
    )
    writeFileSync(path.join(root, 'tracks/algorithms.yaml'), readFileSync(trackFile, 'utf8'))
    const afterTrack = snapshot(server)
    const unknown = await upload(server, cookies.mentor!, await archiveOf(root, []), {
      visibility: String(ids.group),
    })
    expect(unknown.status).toBe(422)
    expect(unknown.reply?.status === 'failed' && unknown.reply.errors).toEqual([
      'problems/tracks/algorithms.yaml:1: "algorithms" is a bundled track; choose another slug.',
      `problems/tracks/extra.yaml:${line}: unknown problem "no-such-problem": no public problem or problem of this group has that slug`,
    ])
    expect(snapshot(server)).toEqual(afterTrack)

    const exported = await get(server, cookies.mentor!, '/author/export?track=basics')
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toBe(
      'attachment; filename="track-basics.tar.gz"',
    )
    const names = await entriesOf(exported.bytes)
    expect(names).toContain('problems/tracks/basics.yaml')
    expect(names).toContain('problems/basics/has-duplicate/solution.ts')
    expect(names).toContain('problems/basics/running-total/solution.ts')
    expect((await get(server, cookies.othermentor!, '/author/export?track=basics')).status).toBe(
      404,
    )
  }, 180_000)

  it('round trip: export of everything, imported into a fresh empty database, gives the same problems, versions, test ids and files', async () => {
    // A problem written in the editor too, so the export holds saved files of both origins.
    const slug = 'largest-exported'
    expect(
      (
        await post(cookies.mentor!, '/author/new', {
          kind: 'code',
          slug,
          title: 'Largest Value',
          area: 'authored',
        })
      ).status,
    ).toBe(302)
    const files = withNegativeTest(largestValueFiles({ slug }))
    const fields = Object.fromEntries(
      Object.entries(files).flatMap(([file, content], i) => [
        [`files[${i}].path`, file],
        [`files[${i}].content`, content],
      ]),
    )
    expect(
      (await post(cookies.mentor!, `/author/${slug}`, { intent: 'validate', ...fields })).body,
    ).toContain('Validation passed')
    expect(
      (await post(cookies.mentor!, `/author/${slug}`, { intent: 'publish', ...fields })).body,
    ).toContain('Published version 1')

    let started = performance.now()
    const exported = await get(server, cookies.mentor!, '/author/export')
    timings.push(
      `export of everything (3 problems, ${exported.bytes.length} bytes): ${Math.round(performance.now() - started)} ms`,
    )
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toBe('application/gzip')
    expect(exported.headers.get('content-disposition')).toMatch(
      /^attachment; filename="drill-authored-\d{4}-\d{2}-\d{2}\.tar\.gz"$/,
    )
    const names = await entriesOf(exported.bytes)
    expect(names).toContain('drill-export.json')
    expect(names).toContain(`problems/authored/${slug}/wrong/starts-at-zero.ts`)
    expect(names).toContain('problems/basics/has-duplicate/tests.yaml')
    expect(names).toContain('problems/tracks/basics.yaml')
    expect(
      names.every((name) => name === 'drill-export.json' || name.startsWith('problems/')),
    ).toBe(true)

    // Another mentor's export holds none of this mentor's files.
    const others = await get(server, cookies.othermentor!, '/author/export')
    expect(others.status).toBe(200)
    expect(await entriesOf(others.bytes)).toEqual(['drill-export.json'])

    const fresh = await startTestServer()
    try {
      const owner = await signUpOverHttp(fresh.url, 'owner@example.com')
      started = performance.now()
      const imported = await upload(fresh, owner, exported.bytes)
      timings.push(
        `import of that archive into a fresh server: ${Math.round(performance.now() - started)} ms`,
      )
      expect(imported.reply).toMatchObject({ status: 'imported' })
      expect(publishedState(fresh)).toEqual(publishedState(server))
      const trackState = (target: TestServer) =>
        query(
          target,
          "SELECT slug, source, yaml FROM tracks WHERE source = 'authored' ORDER BY slug",
        )
      expect(trackState(fresh)).toEqual(trackState(server))
      expect(trackState(fresh)).toHaveLength(1)
      expect(publishedState(fresh).map((row) => [row.slug, row.version])).toEqual([
        ['has-duplicate', 1],
        [slug, 1],
        ['running-total', 1],
      ])
      // What the new Drill made of it serves candidates: a signed-in candidate opens the public one.
      const candidate = await signUpOverHttp(fresh.url, 'candidate@example.com')
      expect((await get(fresh, candidate, `/problems/${slug}`)).status).toBe(200)
    } finally {
      await fresh.stop()
    }
  }, 300_000)

  it('exports one problem only to its author: the archive holds that problem alone', async () => {
    const one = await get(server, cookies.mentor!, '/author/export?problem=running-total')
    expect(one.status).toBe(200)
    expect(one.headers.get('content-disposition')).toBe(
      'attachment; filename="running-total.tar.gz"',
    )
    const names = await entriesOf(one.bytes)
    expect(
      names
        .filter((name) => name !== 'drill-export.json')
        .every((name) => name.startsWith('problems/basics/running-total/')),
    ).toBe(true)
    expect(names).toContain('problems/basics/running-total/solution.ts')
    for (const [who, url] of [
      ['othermentor', '/author/export?problem=running-total'],
      ['admin', '/author/export?problem=running-total'],
      ['mentor', '/author/export?problem=two-sum'],
      ['mentor', '/author/export?problem=../../etc'],
      ['mentor', '/author/export?track=nope'],
    ] as const) {
      const refused = await get(server, cookies[who]!, url)
      expect(refused.status, `${who} ${url}`).toBe(404)
      expect(refused.bytes.toString()).toMatch(/^There is no (problem|track) of yours/)
    }
  })

  it('replaces the mentor’s own problem only when asked, as its next version, and keeps the test-id rules', async () => {
    const root = fixtureWith('problems')
    editFile(path.join(root, 'basics/has-duplicate/editorial.md'), '', 'A better editorial.\n\n')
    const edited = await archiveOf(root, ['has-duplicate', 'running-total'])
    const before = snapshot(server)
    const refused = await upload(server, cookies.mentor!, edited)
    expect(refused.status).toBe(422)
    expect(refused.reply?.status === 'failed' && refused.reply.errors).toEqual([
      'problems/basics/has-duplicate/problem.md:1: "has-duplicate" is already one of your problems, with other files; tick "Replace my problems with the same slug" to publish the archive\'s files as its next version.',
    ])
    expect(snapshot(server)).toEqual(before)

    const replaced = await upload(server, cookies.mentor!, edited, { replace: 'on' })
    expect(replaced.reply).toMatchObject({
      status: 'imported',
      problems: [
        { slug: 'has-duplicate', status: 'replaced', version: 2 },
        { slug: 'running-total', status: 'unchanged', version: 1 },
      ],
    })
    expect(
      query(
        server,
        "SELECT v.version FROM problem_versions v JOIN problems p ON p.id = v.problem_id WHERE p.slug = 'has-duplicate' ORDER BY v.version",
      ),
    ).toEqual([{ version: 1 }, { version: 2 }])
    expect(
      query(
        server,
        "SELECT a.version FROM authored_versions a JOIN authored_problems p ON p.id = a.authored_id WHERE p.slug = 'has-duplicate' ORDER BY a.version",
      ),
    ).toEqual([{ version: 1 }, { version: 2 }])

    // A test that keeps its input under a new id would make old results point at another test.
    editFile(path.join(root, 'basics/has-duplicate/tests.yaml'), '  - id: 3\n', '  - id: 99\n')
    const renumbered = await upload(
      server,
      cookies.mentor!,
      await archiveOf(root, ['has-duplicate']),
      { replace: 'on' },
    )
    expect(renumbered.status).toBe(422)
    expect(renumbered.reply?.status === 'failed' && renumbered.reply.errors).toEqual([
      'problems/basics/has-duplicate/problem.md:1: Not published. Test 99 has the input of test 3 in version 2: test ids are never renumbered, so give it back id 3 and give new tests new ids.',
    ])
    expect(
      query(
        server,
        "SELECT count(*) AS n FROM problem_versions v JOIN problems p ON p.id = v.problem_id WHERE p.slug = 'has-duplicate'",
      ),
    ).toEqual([{ n: 2 }])
  }, 180_000)
})
