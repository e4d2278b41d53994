import { Command } from 'commander'
import { BackupError } from '#db/backup'
import { DatabaseStartupError } from '#db/client'
import { EnvError } from '~/utils/env.server'
import { registerCommands } from './commands/index'
import { UsageError } from './commands/errors'

const program = new Command()
program
  .name('drill')
  .description('Drill: practice platform for backend and cloud-infrastructure interviews')
  .showHelpAfterError()
  .exitOverride((err) => {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      process.exit(0)
    }
    process.exit(2)
  })

registerCommands(program)

// Expected failures print one sentence; anything else is a bug and keeps its stack.
const expected = [UsageError, BackupError, DatabaseStartupError, EnvError]

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (expected.some((kind) => error instanceof kind)) {
    console.error(`drill: ${(error as Error).message}`)
    process.exit(error instanceof UsageError ? 2 : 1)
  }
  throw error
}
