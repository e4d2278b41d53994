import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from './schema'

export type DrillDb = BetterSQLite3Database<typeof schema>
export type SqliteHandle = Database.Database

export interface OpenedDatabase {
  sqlite: SqliteHandle
  db: DrillDb
  path: string
}

/** Thrown when the database cannot be opened or migrated; the message names the file. */
export class DatabaseStartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseStartupError'
  }
}

/** Where drizzle-kit writes migrations; resolved from the process cwd or from this file. */
export function findMigrationsFolder() {
  const candidates = [path.resolve('db/migrations')]
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations'))
  } catch {
    // import.meta.url is not a file URL inside some bundles; the cwd candidate remains.
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'meta', '_journal.json')))
  if (!found) throw new DatabaseStartupError(`No migrations found (looked in ${candidates.join(', ')})`)
  return found
}

/** Opens (creating if needed) the SQLite file with Drill's pragmas. Does not migrate. */
export function openDatabase({ filePath, readonly = false }: { filePath: string; readonly?: boolean }) {
  const resolved = path.resolve(filePath)
  if (!readonly) {
    try {
      fs.mkdirSync(path.dirname(resolved), { recursive: true })
    } catch (error) {
      throw new DatabaseStartupError(
        `Cannot create the folder for the database ${resolved}: ${(error as Error).message}`,
      )
    }
  }
  let sqlite: SqliteHandle
  try {
    sqlite = new Database(resolved, { readonly, fileMustExist: readonly })
    sqlite.pragma('busy_timeout = 5000')
    if (!readonly) {
      sqlite.pragma('journal_mode = WAL')
      sqlite.pragma('synchronous = NORMAL')
    }
    sqlite.pragma('foreign_keys = ON')
    // Touch the schema so a corrupt or non-SQLite file fails here, not on the first request.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    throw new DatabaseStartupError(
      `Cannot open the database ${resolved}: ${(error as Error).message}. ` +
        'Check that the path is writable and that the file is a Drill SQLite database (or remove it to start fresh).',
    )
  }
  return { sqlite, db: drizzle(sqlite, { schema }), path: resolved } satisfies OpenedDatabase
}

/**
 * Applies pending migrations. drizzle-kit's table rebuilds can cascade-delete child rows when foreign
 * keys are on, so migrate with them off, verify, then turn them back on.
 */
export function migrateDatabase({ sqlite, db, path: filePath }: OpenedDatabase, migrationsFolder = findMigrationsFolder()) {
  sqlite.pragma('foreign_keys = OFF')
  try {
    migrate(db, { migrationsFolder })
    const violations = sqlite.pragma('foreign_key_check') as unknown[]
    if (violations.length > 0) {
      throw new DatabaseStartupError(
        `Migrating ${filePath} left ${violations.length} foreign-key violations; restore from a backup.`,
      )
    }
  } catch (error) {
    if (error instanceof DatabaseStartupError) throw error
    throw new DatabaseStartupError(`Cannot migrate the database ${filePath}: ${(error as Error).message}`)
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}

/** Opens and migrates: what the server and the CLI do at start. */
export function openMigratedDatabase({ filePath }: { filePath: string }) {
  const opened = openDatabase({ filePath })
  try {
    migrateDatabase(opened)
  } catch (error) {
    opened.sqlite.close()
    throw error
  }
  return opened
}
