import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatabaseStartupError, findMigrationsFolder, migrateDatabase, openDatabase, openMigratedDatabase } from './client'

const source = findMigrationsFolder()
const journal = JSON.parse(fs.readFileSync(path.join(source, 'meta/_journal.json'), 'utf8')) as {
  entries: { idx: number; tag: string }[]
}

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'drill-mig-'))
}

/** A copy of the migrations folder holding only the first `count` migrations. */
function migrationsUpTo(count: number) {
  const dir = path.join(tempDir(), 'migrations')
  fs.mkdirSync(path.join(dir, 'meta'), { recursive: true })
  const entries = journal.entries.slice(0, count)
  for (const e of entries) fs.copyFileSync(path.join(source, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`))
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }))
  return dir
}

type Sqlite = ReturnType<typeof openDatabase>['sqlite']

/** Puts a few rows in every table that exists, respecting foreign keys through the seed order. */
function seedEveryTable(sqlite: Sqlite) {
  const has = (t: string) => Boolean(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?").get(t))
  const now = Date.now()
  sqlite.prepare("INSERT INTO users (email, display_name, password_hash, role) VALUES ('a@x.io','A','h','admin'), ('b@x.io','B','h','candidate')").run()
  sqlite.prepare('INSERT INTO sessions (id, user_id, expires_at) VALUES (?, 1, ?), (?, 2, ?)').run('s1', now + 1e6, 's2', now + 1e6)
  sqlite.prepare('INSERT INTO invites (code, created_by, expires_at) VALUES (?, 1, ?)').run('inv', now + 1e6)
  if (has('problems')) {
    sqlite.prepare("INSERT INTO tracks (slug, title, content_hash, updated_at) VALUES ('algorithms', 'Algorithms', 'h', ?)").run(now)
    sqlite.prepare("INSERT INTO track_modules (track_slug, slug, title, position) VALUES ('algorithms', 'm', 'M', 0)").run()
    sqlite.prepare("INSERT INTO track_items (module_id, problem_slug, position) VALUES (1, 'two-sum', 0)").run()
    sqlite.prepare("INSERT INTO problems (slug, kind, title, difficulty, updated_at) VALUES ('two-sum', 'code', 'Two Sum', 'easy', ?)").run(now)
    sqlite.prepare("INSERT INTO problem_versions (problem_id, version, content_hash, content, statement_html) VALUES (1, 1, 'h', '{}', '<p></p>')").run()
    sqlite.prepare('INSERT INTO problem_test_ids (problem_id, test_id, first_version) VALUES (1, 1, 1)').run()
    sqlite.prepare("INSERT INTO submissions (user_id, problem_id, problem_version_id, language, code) VALUES (2, 1, 1, 'typescript', 'x')").run()
    sqlite.prepare("INSERT INTO test_results (submission_id, test_id, position, status, cost, wall_ms) VALUES (1, 1, 0, 'accepted', 3, 1)").run()
  }
}

function rowCounts(sqlite: Sqlite) {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != '__drizzle_migrations' ORDER BY name")
    .all() as { name: string }[]
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]))
}

describe('migrations', () => {
  it('apply to an empty database and are idempotent', () => {
    const file = path.join(tempDir(), 'drill.db')
    const opened = openMigratedDatabase({ filePath: file })
    migrateDatabase(opened)
    const applied = opened.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }
    expect(applied.n).toBe(journal.entries.length)
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    opened.sqlite.close()
  })

  it.each(journal.entries.slice(1).map((e) => [e.tag, e.idx] as const))(
    'upgrade a database that stopped before %s without losing rows',
    (_tag, idx) => {
      const file = path.join(tempDir(), 'drill.db')
      const opened = openDatabase({ filePath: file })
      migrateDatabase(opened, migrationsUpTo(idx))
      seedEveryTable(opened.sqlite)
      const before = rowCounts(opened.sqlite)
      migrateDatabase(opened, source)
      const after = rowCounts(opened.sqlite)
      for (const [table, n] of Object.entries(before)) expect(after[table], table).toBe(n)
      expect(opened.sqlite.pragma('foreign_key_check')).toEqual([])
      opened.sqlite.close()
    },
  )

  it('stops start-up with a message naming the path when the file is corrupt', () => {
    const file = path.join(tempDir(), 'drill.db')
    fs.writeFileSync(file, 'this is not a database, just text that happens to be long enough'.repeat(100))
    expect(() => openMigratedDatabase({ filePath: file })).toThrow(DatabaseStartupError)
    expect(() => openMigratedDatabase({ filePath: file })).toThrow(file)
  })

  it('stops start-up with a message naming the path when the folder is not writable', () => {
    const blocker = path.join(tempDir(), 'a-file')
    fs.writeFileSync(blocker, '')
    const file = path.join(blocker, 'drill.db')
    expect(() => openMigratedDatabase({ filePath: file })).toThrow(/Cannot create the folder for the database .*a-file/)
  })
})
