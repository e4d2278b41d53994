import { type Command } from 'commander'
import { createUser } from '~/models/users.server'
import { roles, type Role } from '~/utils/roles'
import { getEnv } from '~/utils/env.server'
import { emailField, newPasswordField } from '~/utils/forms'
import { closeDatabase } from '~/models/db.server'
import { UsageError } from './errors'

async function readStdin() {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '')
}

/** `drill user create`: accounts from the command line (e.g. the first admin on a closed instance). */
export function registerAccountCommands(program: Command) {
  const user = program.command('user').description('Manage accounts')
  user
    .command('create')
    .description('Create an account; the password is read from standard input')
    .requiredOption('--email <email>', 'email address')
    .option('--name <name>', 'display name')
    .option('--role <role>', `one of ${roles.join(', ')}`, 'candidate')
    .option('--password-stdin', 'read the password from standard input (required)')
    .action(async (opts: { email: string; name?: string; role: string; passwordStdin?: boolean }) => {
      if (!opts.passwordStdin) throw new UsageError('Pass --password-stdin and pipe the password in; it is never taken as an argument.')
      if (!roles.includes(opts.role as Role)) throw new UsageError(`--role must be one of ${roles.join(', ')}.`)
      const email = emailField.safeParse(opts.email)
      if (!email.success) throw new UsageError(`--email: ${email.error.issues[0].message}`)
      const password = newPasswordField.safeParse(await readStdin())
      if (!password.success) throw new UsageError(`password: ${password.error.issues[0].message}`)
      getEnv()
      try {
        const created = await createUser({ email: email.data, password: password.data, displayName: opts.name, role: opts.role as Role })
        console.log(`Created ${created.email} (${created.role}, id ${created.id}).`)
      } finally {
        closeDatabase()
      }
    })
}
