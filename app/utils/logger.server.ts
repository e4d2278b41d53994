import pino from 'pino'
import { getEnv } from './env.server'

let logger: pino.Logger | undefined

/** Structured JSON logs; secrets and submitted code are redacted wherever they appear. */
export function getLogger() {
  logger ??= pino({
    level: getEnv().LOG_LEVEL,
    base: undefined,
    redact: {
      paths: ['password', '*.password', 'code', '*.code', 'currentPassword', 'newPassword', 'cookie', '*.cookie'],
      censor: '[redacted]',
    },
  })
  return logger
}
