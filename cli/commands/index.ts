import { type Command } from 'commander'
import { registerAccountCommands } from './accounts'
import { registerDatabaseCommands } from './database'
import { registerJudgeCommand } from './judge'
import { registerProblemsCommands } from './problems'

/** Each module adds its own sub-commands; keep this list the only place that knows them all. */
export function registerCommands(program: Command) {
  registerAccountCommands(program)
  registerDatabaseCommands(program)
  registerProblemsCommands(program)
  registerJudgeCommand(program)
}
