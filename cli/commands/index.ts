import { type Command } from 'commander'

/** Each module adds its own sub-commands; keep this list the only place that knows them all. */
export function registerCommands(program: Command) {
  void program
}
