import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { migrateDatabase, openDatabase } from './client'

/** A problem with a backup or restore, told as a sentence. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

/** The file a running server writes beside its database, holding its pid. */
export function serverLockPath(databasePath: string) {
  return path.resolve(databasePath) + '.server.pid'
}

/** Pid of a live server using this database, if any (a stale lock file is ignored). */
export function findRunningServer(databasePath: string): number | undefined {
  let pid: number
  try {
    pid = Number(fs.readFileSync(serverLockPath(databasePath), 'utf8').trim())
  } catch {
    return undefined
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined
  }
}

/** Checks that a file is an intact SQLite database made by Drill. */
export function verifyBackupFile(file: string) {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist.`)
  let db: Database.Database
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new BackupError(`${file} is not a readable SQLite database: ${(error as Error).message}`)
  }
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    if (rows.length !== 1 || rows[0].integrity_check !== 'ok') {
      throw new BackupError(`${file} failed the integrity check: ${rows.map((r) => r.integrity_check).join('; ')}`)
    }
    const migrations = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get()
    if (!migrations) throw new BackupError(`${file} is an SQLite file but not a Drill database.`)
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(`${file} is not a valid SQLite database: ${(error as Error).message}`)
  } finally {
    db.close()
  }
}

/** A backup is one self-contained file: fold any WAL in and switch it to a rollback journal. */
function makeSingleFile(file: string) {
  const db = new Database(file, { fileMustExist: true })
  try {
    db.pragma('journal_mode = DELETE')
  } finally {
    db.close()
  }
}

/** Online backup (consistent even while the server writes), then verified. */
export async function backupDatabase({ databasePath, target }: { databasePath: string; target: string }) {
  const source = path.resolve(databasePath)
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source} to back up.`)
  const destination = path.resolve(target)
  if (destination === source) throw new BackupError('The backup file must not be the database itself.')
  fs.mkdirSync(path.dirname(destination), { recursive: true })
  const db = new Database(source, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    await db.backup(destination)
  } finally {
    db.close()
  }
  makeSingleFile(destination)
  verifyBackupFile(destination)
  return { file: destination, bytes: fs.statSync(destination).size }
}

/**
 * Replaces the database with a verified backup. The previous file is kept beside it, never deleted,
 * and the restored database is migrated to the current schema.
 */
export async function restoreDatabase({
  databasePath,
  source,
  force = false,
  now = new Date(),
}: {
  databasePath: string
  source: string
  force?: boolean
  now?: Date
}) {
  const target = path.resolve(databasePath)
  const from = path.resolve(source)
  const pid = findRunningServer(target)
  if (pid !== undefined && !force) {
    throw new BackupError(`A Drill server (pid ${pid}) is using ${target}. Stop it first, or pass --force.`)
  }
  verifyBackupFile(from)
  const staging = `${target}.restoring`
  fs.rmSync(staging, { force: true })
  const input = new Database(from, { readonly: true, fileMustExist: true })
  try {
    await input.backup(staging)
  } finally {
    input.close()
  }
  makeSingleFile(staging)
  verifyBackupFile(staging)

  let keptAs: string | undefined
  if (fs.existsSync(target)) {
    // Fold the WAL into the main file so the kept copy is complete on its own.
    const current = new Database(target)
    try {
      current.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      current.close()
    }
    keptAs = `${target}.pre-restore-${now.toISOString().replace(/[:.]/g, '-')}`
    fs.renameSync(target, keptAs)
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true })
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.renameSync(staging, target)

  const opened = openDatabase({ filePath: target })
  try {
    migrateDatabase(opened)
  } finally {
    opened.sqlite.close()
  }
  return { restored: target, previousKeptAs: keptAs }
}
