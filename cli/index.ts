import { Command } from 'commander'
import { registerCommands } from './commands/index.js'

const program = new Command()
program
  .name('drill')
  .description('Drill: practice platform for backend and cloud-infrastructure interviews')
  .showHelpAfterError()
  .exitOverride((err) => {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') process.exit(0)
    process.exit(2)
  })

registerCommands(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
