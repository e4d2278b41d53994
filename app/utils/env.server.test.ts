import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv, resolveSessionSecret } from './env.server'

describe('environment', () => {
  it('fills defaults', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({ PORT: 3000, DATABASE_PATH: './data/drill.db', ALLOW_SIGNUP: 'open', LOG_LEVEL: 'info' })
    expect(env.JUDGE_WORKERS).toBeGreaterThanOrEqual(1)
  })

  it.each([
    [{ PORT: 'eighty' }, 'PORT: PORT must be a whole number'],
    [{ PORT: '70000' }, 'PORT: PORT must be between 0 and 65535'],
    [{ ALLOW_SIGNUP: 'maybe' }, 'ALLOW_SIGNUP'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JUDGE_WORKERS: '0' }, 'JUDGE_WORKERS: JUDGE_WORKERS must be between 1 and 64'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET: SESSION_SECRET must be at least 32 characters'],
  ])('names the bad variable: %o', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError)
    expect(() => parseEnv(source)).toThrow(message)
  })

  it('generates a session secret once and keeps it beside the database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drill-env-'))
    const databasePath = path.join(dir, 'sub', 'drill.db')
    const first = resolveSessionSecret({ databasePath })
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(resolveSessionSecret({ databasePath })).toBe(first)
    expect(resolveSessionSecret({ secret: 'x'.repeat(40), databasePath })).toBe('x'.repeat(40))
    expect(fs.statSync(path.join(dir, 'sub', 'session-secret')).mode & 0o077).toBe(0)
  })
})
