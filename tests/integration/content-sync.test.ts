import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadContent } from '~/content/loader'
import { copyFixture, editFile } from '~/content/test-fixtures'
import { countDatabaseChanges, syncContent } from '~/models/content.server'
import { getDatabase } from '~/models/db.server'

const fixture = copyFixture()
afterAll(() => fixture.remove())
const problemDir = path.join(fixture.root, 'basics/has-duplicate')

function sync() {
  return syncContent({ content: loadContent({ root: fixture.root }) })
}

function versionsOf(slug: string) {
  return getDatabase()
    .sqlite.prepare(
      'SELECT v.version, v.id FROM problem_versions v JOIN problems p ON p.id = v.problem_id WHERE p.slug = ? ORDER BY v.version',
    )
    .all(slug) as { version: number; id: number }[]
}

function problemRow(slug: string) {
  return getDatabase().sqlite.prepare('SELECT status, status_message AS message, current_version_id AS current FROM problems WHERE slug = ?').get(slug) as {
    status: string
    message: string | null
    current: number
  }
}

describe('syncing content into SQLite', () => {
  it('creates problems, versions, test ids and tracks on first start', async () => {
    const report = await sync()
    expect(report.created.sort()).toEqual(['has-duplicate', 'running-total'])
    expect(report.tracksChanged).toEqual(['basics'])
    expect(versionsOf('has-duplicate')).toHaveLength(1)
    const items = getDatabase().sqlite.prepare('SELECT problem_slug FROM track_items ORDER BY position').all()
    expect(items.length).toBeGreaterThan(0)
  })

  it('does no writes at all when nothing changed', async () => {
    const before = countDatabaseChanges()
    const report = await sync()
    expect(countDatabaseChanges()).toBe(before)
    expect(report).toMatchObject({ created: [], updated: [], broken: [], removed: [], tracksChanged: [] })
    expect(report.unchanged).toBe(2)
  })

  it('gives a changed problem a new version while old submissions keep theirs', async () => {
    const { sqlite } = getDatabase()
    sqlite.prepare("INSERT INTO users (email, display_name, password_hash) VALUES ('c@x.io', 'C', 'h')").run()
    const [v1] = versionsOf('has-duplicate')
    sqlite
      .prepare("INSERT INTO submissions (user_id, problem_id, problem_version_id, language, code, status) SELECT 1, id, ?, 'typescript', 'x', 'done' FROM problems WHERE slug = 'has-duplicate'")
      .run(v1.id)

    fs.appendFileSync(path.join(problemDir, 'editorial.md'), '\nOne more pitfall: forgetting negative numbers.\n')
    const report = await sync()
    expect(report.updated).toEqual([{ slug: 'has-duplicate', version: 2 }])
    const versions = versionsOf('has-duplicate')
    expect(versions.map((v) => v.version)).toEqual([1, 2])
    expect(problemRow('has-duplicate').current).toBe(versions[1].id)
    const kept = sqlite.prepare('SELECT problem_version_id AS v FROM submissions').get() as { v: number }
    expect(kept.v).toBe(v1.id)
  })

  it('retires a removed test id and refuses a later version that reuses it', async () => {
    const tests = path.join(problemDir, 'tests.yaml')
    const original = fs.readFileSync(tests, 'utf8')
    // Drop the last test (its id is retired in version 3).
    const lastId = Math.max(...[...original.matchAll(/- id: (\d+)/g)].map((m) => Number(m[1])))
    const withoutLast = original.slice(0, original.lastIndexOf(`  - id: ${lastId}`))
    fs.writeFileSync(tests, withoutLast)
    const dropped = await sync()
    expect(dropped.updated).toEqual([{ slug: 'has-duplicate', version: 3 }])
    const retired = getDatabase()
      .sqlite.prepare('SELECT retired_in_version AS r FROM problem_test_ids t JOIN problems p ON p.id = t.problem_id WHERE p.slug = ? AND t.test_id = ?')
      .get('has-duplicate', lastId) as { r: number }
    expect(retired.r).toBe(3)

    // Bring the old id back: the new version is refused and version 3 stays current.
    fs.writeFileSync(tests, original)
    const reused = await sync()
    expect(reused.updated).toEqual([])
    expect(reused.broken).toEqual([{ slug: 'has-duplicate', message: expect.stringContaining(`test id ${lastId} was retired`) }])
    expect(versionsOf('has-duplicate').map((v) => v.version)).toEqual([1, 2, 3])
    expect(problemRow('has-duplicate').status).toBe('broken')

    // Under a fresh id the test is welcome.
    fs.writeFileSync(tests, original.replace(`- id: ${lastId}\n`, `- id: ${lastId + 100}\n`))
    const renumbered = await sync()
    expect(renumbered.updated).toEqual([{ slug: 'has-duplicate', version: 4 }])
    expect(problemRow('has-duplicate').status).toBe('published')
  })

  it('keeps serving the last good version of a problem whose files break, and reports it', async () => {
    const current = problemRow('running-total').current
    editFile(path.join(fixture.root, 'basics/running-total/problem.md'), 'difficulty: easy', 'difficulty: trivial')
    const report = await sync()
    expect(report.broken.map((b) => b.slug)).toEqual(['running-total'])
    const row = problemRow('running-total')
    expect(row.status).toBe('broken')
    expect(row.message).toMatch(/problem\.md:\d+: .*difficulty/)
    expect(row.current).toBe(current)
    // A second start with the same broken file writes nothing new.
    const before = countDatabaseChanges()
    await sync()
    expect(countDatabaseChanges()).toBe(before)
  })

  it('leaves a track authored in the browser alone when a bundled file later takes its slug, and says so', async () => {
    const { sqlite } = getDatabase()
    sqlite
      .prepare("INSERT INTO tracks (slug, title, content_hash, updated_at, source, author_id, yaml) VALUES ('late-bundled', 'Mine', 'h', 0, 'authored', 1, 'title: Mine')")
      .run()
    fs.copyFileSync(path.join(fixture.root, 'tracks/basics.yaml'), path.join(fixture.root, 'tracks/late-bundled.yaml'))
    const report = await sync()
    expect(report.otherErrors).toContainEqual(expect.stringContaining('tracks/late-bundled.yaml: skipped, a track authored in the browser already uses the slug'))
    expect(report.tracksChanged).not.toContain('late-bundled')
    expect(sqlite.prepare("SELECT title, source FROM tracks WHERE slug = 'late-bundled'").get()).toEqual({ title: 'Mine', source: 'authored' })
    // Bundled tracks are still written from their files, and not as authored ones.
    expect(sqlite.prepare("SELECT source, yaml FROM tracks WHERE slug = 'basics'").get()).toEqual({ source: 'bundled', yaml: null })
  })
})
