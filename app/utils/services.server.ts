import { checkDatabase, closeDatabase, getDatabase, markServerRunning } from '~/models/db.server'
import { getEnv } from './env.server'
import { getLogger } from './logger.server'
import { httpRequestDuration, registry } from './metrics.server'

export interface HealthReport {
  ok: boolean
  db: { ok: boolean; error?: string }
}

let started = false

/** Everything the process needs before it serves: database (migrated); later the judge and content. */
async function start() {
  if (started) return
  const { path } = getDatabase()
  markServerRunning()
  getLogger().info({ database: path }, 'database ready')
  started = true
}

async function stop() {
  closeDatabase()
  started = false
}

function health(): HealthReport {
  const db = checkDatabase()
  return { ok: db.ok, db }
}

function observeRequest({ method, route, status, seconds }: { method: string; route: string; status: number; seconds: number }) {
  httpRequestDuration.observe({ method, route, status: String(status) }, seconds)
}

function listenAddress() {
  const env = getEnv()
  return { port: env.PORT, host: env.HOST }
}

/** What server.ts reaches through the Remix build, so the app and the server share one copy of each. */
export const services = {
  start,
  stop,
  health,
  observeRequest,
  listenAddress,
  metrics: registry,
  logger: () => getLogger(),
}
export type Services = typeof services
