import fs from 'node:fs'
import { serverLockPath } from '#db/backup'
import { openMigratedDatabase, type OpenedDatabase } from '#db/client'
import { getEnv } from '~/utils/env.server'

let opened: OpenedDatabase | undefined
let lockFile: string | undefined

/** The process's database, opened and migrated on first use. */
export function getDatabase(): OpenedDatabase {
  if (!opened) opened = openMigratedDatabase({ filePath: getEnv().DATABASE_PATH })
  return opened
}

export function getDb() {
  return getDatabase().db
}

/** Records this process as the database's server, so `drill restore` refuses to swap the file. */
export function markServerRunning() {
  lockFile = serverLockPath(getDatabase().path)
  fs.writeFileSync(lockFile, String(process.pid))
}

/** Closes the handle (graceful shutdown, tests). */
export function closeDatabase() {
  if (lockFile) {
    fs.rmSync(lockFile, { force: true })
    lockFile = undefined
  }
  if (opened) {
    try {
      opened.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      opened.sqlite.close()
      opened = undefined
    }
  }
}

/** For /healthz: a trivial query that fails when the file is gone or locked for too long. */
export function checkDatabase(): { ok: true } | { ok: false; error: string } {
  try {
    getDatabase().sqlite.prepare('SELECT 1').get()
    return { ok: true }
  } catch (error) {
    return { ok: false, error: (error as Error).message }
  }
}
