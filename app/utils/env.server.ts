import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'

const intFromString = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`)

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: intFromString('PORT', 0, 65535).default('3000'),
  HOST: z.string().min(1, 'HOST must not be empty').default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1, 'DATABASE_PATH must not be empty').default('./data/drill.db'),
  SESSION_SECRET: z
    .string()
    .min(32, 'SESSION_SECRET must be at least 32 characters (or unset it to have one generated)')
    .optional(),
  JUDGE_WORKERS: intFromString('JUDGE_WORKERS', 1, 64).optional(),
  JUDGE_QUEUE_LIMIT: intFromString('JUDGE_QUEUE_LIMIT', 1, 100_000).default('200'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ALLOW_SIGNUP: z.enum(['open', 'invite', 'closed']).default('open'),
  CONTENT_DIR: z.string().min(1).default('./problems'),
  /** Rate limits can be relaxed for load tests; never in production by default. */
  RATE_LIMIT_LOGIN_PER_MINUTE: intFromString('RATE_LIMIT_LOGIN_PER_MINUTE', 1, 1_000_000).default('10'),
})

export type Env = z.infer<typeof envSchema> & { SESSION_SECRET: string; JUDGE_WORKERS: number }

/** Thrown at boot when a variable is wrong; the message names it. */
export class EnvError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EnvError'
  }
}

/** Parses and checks the environment; on a bad value the error names the variable. */
export function parseEnv(source: Record<string, string | undefined>): Omit<Env, 'SESSION_SECRET'> & {
  SESSION_SECRET?: string
} {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = envSchema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return {
    ...result.data,
    JUDGE_WORKERS: result.data.JUDGE_WORKERS ?? Math.max(1, os.availableParallelism()),
  }
}

/** With no SESSION_SECRET, one is generated on first start and kept beside the database. */
export function resolveSessionSecret({ secret, databasePath }: { secret?: string; databasePath: string }) {
  if (secret) return secret
  const file = path.join(path.dirname(path.resolve(databasePath)), 'session-secret')
  try {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored.length >= 32) return stored
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new EnvError(`Cannot read the session secret ${file}: ${(error as Error).message}`)
    }
  }
  const generated = crypto.randomBytes(32).toString('base64url')
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, generated + '\n', { mode: 0o600 })
  } catch (error) {
    throw new EnvError(`Cannot write the session secret ${file}: ${(error as Error).message}`)
  }
  return generated
}

let cached: Env | undefined

/** The validated environment, read once per process. */
export function getEnv(): Env {
  if (!cached) {
    const parsed = parseEnv(process.env)
    cached = {
      ...parsed,
      SESSION_SECRET: resolveSessionSecret({
        secret: parsed.SESSION_SECRET,
        databasePath: parsed.DATABASE_PATH,
      }),
    }
  }
  return cached
}

/** Tests change the environment between files; this forgets the cached copy. */
export function resetEnvForTests() {
  cached = undefined
}
