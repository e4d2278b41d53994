import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupError, backupDatabase, restoreDatabase, serverLockPath } from './backup'
import { openMigratedDatabase } from './client'

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'drill-bak-'))
}

function dump(file: string) {
  const { sqlite } = openMigratedDatabase({ filePath: file })
  try {
    return {
      users: sqlite.prepare('SELECT * FROM users ORDER BY id').all(),
      sessions: sqlite.prepare('SELECT * FROM sessions ORDER BY id').all(),
    }
  } finally {
    sqlite.close()
  }
}

function seed(file: string, emails: string[]) {
  const { sqlite } = openMigratedDatabase({ filePath: file })
  const insert = sqlite.prepare("INSERT INTO users (email, display_name, password_hash) VALUES (?, ?, 'h')")
  for (const e of emails) insert.run(e, e.toUpperCase())
  sqlite.prepare('INSERT INTO sessions (id, user_id, expires_at) VALUES (?, 1, 99)').run(`s-${emails[0]}`)
  sqlite.close()
}

describe('backup and restore', () => {
  it('round-trips: restore gives back exactly the rows that were backed up, keeping the old file', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'drill.db')
    seed(db, ['ada@x.io', 'grace@x.io'])
    const original = dump(db)
    // Keep a writer open during the backup, as a running server would.
    const live = openMigratedDatabase({ filePath: db })
    const { file } = await backupDatabase({ databasePath: db, target: path.join(dir, 'backup.db') })
    live.sqlite.close()
    expect(fs.existsSync(`${file}-wal`)).toBe(false)

    seed(db, ['later@x.io'])
    expect(dump(db).users).toHaveLength(3)

    const result = await restoreDatabase({ databasePath: db, source: file })
    expect(dump(db)).toEqual(original)
    expect(result.previousKeptAs && fs.existsSync(result.previousKeptAs)).toBe(true)
    expect(dump(result.previousKeptAs!).users).toHaveLength(3)
  })

  it('refuses to restore under a running server unless forced', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'drill.db')
    seed(db, ['ada@x.io'])
    const { file } = await backupDatabase({ databasePath: db, target: path.join(dir, 'b.db') })
    fs.writeFileSync(serverLockPath(db), String(process.pid))
    await expect(restoreDatabase({ databasePath: db, source: file })).rejects.toThrow(/is using .*Stop it first, or pass --force/)
    await expect(restoreDatabase({ databasePath: db, source: file, force: true })).resolves.toMatchObject({ restored: db })
  })

  it('ignores a stale lock file left by a dead server', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'drill.db')
    seed(db, ['ada@x.io'])
    const { file } = await backupDatabase({ databasePath: db, target: path.join(dir, 'b.db') })
    fs.writeFileSync(serverLockPath(db), '999999')
    await expect(restoreDatabase({ databasePath: db, source: file })).resolves.toMatchObject({ restored: db })
  })

  it('verifies the backup first and changes nothing when it is not a Drill database', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'drill.db')
    seed(db, ['ada@x.io'])
    const before = dump(db)
    const junk = path.join(dir, 'junk.db')
    fs.writeFileSync(junk, 'not sqlite at all'.repeat(200))
    await expect(restoreDatabase({ databasePath: db, source: junk })).rejects.toThrow(BackupError)
    await expect(restoreDatabase({ databasePath: db, source: path.join(dir, 'missing.db') })).rejects.toThrow(/does not exist/)
    expect(dump(db)).toEqual(before)
  })
})
