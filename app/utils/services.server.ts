import path from 'node:path'
import { loadContent } from '~/content/loader'
import { syncContent } from '~/models/content.server'
import { checkDatabase, closeDatabase, getDatabase, markServerRunning } from '~/models/db.server'
import { deleteExpiredSessions } from '~/models/sessions.server'
import { getEnv } from './env.server'
import { judgeStats, startJudging, stopJudging } from './judging.server'
import { getLogger } from './logger.server'
import { httpRequestDuration, registry } from './metrics.server'

export interface HealthReport {
  ok: boolean
  db: { ok: boolean; error?: string }
  judge: ReturnType<typeof judgeStats>
}

let started = false

/** Everything the process needs before it serves: the database (migrated), content synced, the judge. */
async function start() {
  if (started) return
  const env = getEnv()
  const logger = getLogger()
  const { path: databasePath } = getDatabase()
  markServerRunning()
  const expiredSessions = deleteExpiredSessions()
  logger.info({ database: databasePath, expiredSessions }, 'database ready')

  const t0 = performance.now()
  const content = loadContent({ root: path.resolve(env.CONTENT_DIR) })
  const report = await syncContent({ content })
  for (const { slug, message } of report.broken) logger.error({ slug, problem: message }, 'problem skipped: its files do not load')
  for (const message of report.otherErrors) logger.error({ problem: message }, 'content error')
  logger.info(
    {
      problems: content.problems.length,
      created: report.created.length,
      updated: report.updated.length,
      unchanged: report.unchanged,
      broken: report.broken.length,
      ms: Math.round(performance.now() - t0),
    },
    'content synced',
  )

  startJudging({ workers: env.JUDGE_WORKERS, queueLimit: env.JUDGE_QUEUE_LIMIT })
  started = true
}

async function stop() {
  await stopJudging()
  closeDatabase()
  started = false
}

function health(): HealthReport {
  const db = checkDatabase()
  const judge = judgeStats()
  return { ok: db.ok && judge.started, db, judge }
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
