import { type Command } from 'commander'
import { BackupError, backupDatabase, restoreDatabase } from '#db/backup'
import { openMigratedDatabase } from '#db/client'
import { getEnv } from '~/utils/env.server'

/** `drill db migrate`, `drill backup FILE`, `drill restore FILE`. */
export function registerDatabaseCommands(program: Command) {
  program
    .command('db')
    .description('Database maintenance')
    .command('migrate')
    .description('Apply pending migrations to DATABASE_PATH (the server also does this at start-up)')
    .action(() => {
      const { sqlite, path } = openMigratedDatabase({ filePath: getEnv().DATABASE_PATH })
      sqlite.close()
      console.log(`Migrated ${path}.`)
    })

  program
    .command('backup <file>')
    .description('Write a consistent copy of the database to FILE (safe while the server runs)')
    .action(async (file: string) => {
      const { file: written, bytes } = await backupDatabase({ databasePath: getEnv().DATABASE_PATH, target: file })
      console.log(`Backed up to ${written} (${(bytes / 1024).toFixed(0)} KiB, integrity ok).`)
    })

  program
    .command('restore <file>')
    .description('Replace the database with a backup (verified first; the old file is kept)')
    .option('--force', 'restore even though a server is using the database')
    .action(async (file: string, opts: { force?: boolean }) => {
      const result = await restoreDatabase({ databasePath: getEnv().DATABASE_PATH, source: file, force: opts.force })
      console.log(`Restored ${result.restored} from ${file}.`)
      if (result.previousKeptAs) console.log(`The previous database was kept as ${result.previousKeptAs}.`)
    })
}

export { BackupError }
