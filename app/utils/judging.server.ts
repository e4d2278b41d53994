import path from 'node:path'
import { prepareProblem, type PreparedProblem } from '~/content/prepare'
import { formatContentError } from '~/content/errors'
import { createJudgePool, type JudgePool } from '~/judge/pool.server'
import { type JudgeProblem } from '~/judge/types'
import { type SimProblem } from '~/content/types'
import { firstSentence, judgeVerdictOf, resultForStorage, type SimRunRecord, type StoredSimResult } from '~/sim/results'
import { type SimResult } from '~/sim/types'
import { getProblemVersion, listUnpreparedVersions, savePreparedVersion } from '~/models/problems.server'
import {
  claimSubmission,
  createSubmission,
  failSubmission,
  getSubmissionForJudging,
  listUnfinishedSubmissions,
  recordSimVerdict,
  recordVerdict,
} from '~/models/submissions.server'
import { getLogger } from './logger.server'
import { judgeQueueDepth, judgeRunSeconds, judgeVerdicts, judgeWaitSeconds, judgeWorkerRestarts } from './metrics.server'

/** Submit was refused because the queue is full; the route answers 429 with Retry-After. */
export class JudgeBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`The judge is busy with other submissions. Try again in ${retryAfterSeconds} seconds.`)
  }
}

interface Queued {
  id: number
  enqueuedAt: number
}

interface StoredPrepared {
  judgeProblem: JudgeProblem
  referenceCost: number
}

const state: {
  pool?: JudgePool
  queue: Queued[]
  running: number
  concurrency: number
  queueLimit: number
  preparing: Map<number, Promise<StoredPrepared>>
  idle: Set<() => void>
} = { queue: [], running: 0, concurrency: 1, queueLimit: 200, preparing: new Map(), idle: new Set() }

// Prepared problems run to megabytes of JSON (generated inputs); keep the recently judged ones parsed.
const PREPARED_CACHE_SIZE = 32
const preparedCache = new Map<number, StoredPrepared>()

function rememberPrepared(versionId: number, prepared: StoredPrepared) {
  preparedCache.delete(versionId)
  preparedCache.set(versionId, prepared)
  if (preparedCache.size > PREPARED_CACHE_SIZE) preparedCache.delete(preparedCache.keys().next().value!)
  return prepared
}

/** Starts the worker pool, re-queues what a previous process left unfinished, and prepares content. */
export function startJudging({ workers, queueLimit }: { workers: number; queueLimit: number }) {
  if (state.pool) return
  state.pool = createJudgePool({
    workers,
    onWorkerRestart: (reason: string) => judgeWorkerRestarts.inc({ reason }),
  })
  state.concurrency = workers
  state.queueLimit = queueLimit
  const unfinished = listUnfinishedSubmissions()
  if (unfinished.length) getLogger().info({ count: unfinished.length }, 're-queueing unfinished submissions')
  for (const id of unfinished) state.queue.push({ id, enqueuedAt: Date.now() })
  pump()
  void prepareInBackground()
}

export async function stopJudging() {
  const pool = state.pool
  state.pool = undefined
  state.queue.length = 0
  await pool?.close()
}

/** The server's pool, for the content checks of problems authored in the browser; undefined until started. */
export function getJudgePool() {
  return state.pool
}

export function judgeStats() {
  return { started: Boolean(state.pool), queued: state.queue.length, running: state.running, ...(state.pool?.stats() ?? {}) }
}

/** Stores the submission as queued (before the caller answers) and schedules it. */
export function submitForJudging(input: Parameters<typeof createSubmission>[0]) {
  if (state.queue.length >= state.queueLimit) {
    throw new JudgeBusyError(Math.max(1, Math.ceil(state.queue.length / Math.max(1, state.concurrency) / 20)))
  }
  const created = createSubmission(input)
  if (!created) return undefined
  state.queue.push({ id: created.id, enqueuedAt: Date.now() })
  pump()
  return created
}

/** Resolves when nothing is queued or running (tests, graceful shutdown). */
export function waitForIdle() {
  if (state.queue.length === 0 && state.running === 0) return Promise.resolve()
  return new Promise<void>((resolve) => state.idle.add(resolve))
}

function pump() {
  judgeQueueDepth.set(state.queue.length)
  while (state.pool && state.running < state.concurrency && state.queue.length > 0) {
    const next = state.queue.shift()!
    state.running++
    judgeWaitSeconds.observe((Date.now() - next.enqueuedAt) / 1000)
    void judgeOne(next.id).finally(() => {
      state.running--
      pump()
    })
  }
  judgeQueueDepth.set(state.queue.length)
  if (state.queue.length === 0 && state.running === 0) {
    for (const resolve of state.idle) resolve()
    state.idle.clear()
  }
}

async function judgeOne(id: number) {
  const pool = state.pool
  if (!pool || !claimSubmission({ id })) return
  const submission = getSubmissionForJudging({ id })
  if (!submission) return
  if (submission.kind === 'sim') return judgeSimulation(pool, submission)
  try {
    const prepared = await ensurePrepared(submission.versionId)
    const started = performance.now()
    const result = await pool.judge({
      code: submission.code,
      language: submission.language,
      problem: prepared.judgeProblem,
      problemKey: `version-${submission.versionId}`,
    })
    judgeRunSeconds.observe((performance.now() - started) / 1000)
    judgeVerdicts.inc({ verdict: result.verdict })
    const visible = new Set(prepared.judgeProblem.tests.filter((t) => t.visible).map((t) => t.id))
    recordVerdict({ id, result, visibleTestIds: visible })
  } catch (error) {
    getLogger().error({ submission: id, err: (error as Error).message }, 'submission could not be judged')
    failSubmission({ id, message: 'The judge could not run this submission; it has been logged. Please submit again.' })
  }
}

/**
 * A sim submission runs its workload on every seed in order; the first failing seed ends it. The stored
 * result is that failing run (or the last passing one), its trace cut to about 2 MB if need be, with the
 * verdict of every seed run.
 */
async function judgeSimulation(pool: JudgePool, submission: NonNullable<ReturnType<typeof getSubmissionForJudging>>) {
  const { id } = submission
  try {
    const version = getProblemVersion({ versionId: submission.versionId })
    if (!version || version.content.kind !== 'sim') throw new Error(`version ${submission.versionId} is not a sim problem`)
    const content = version.content as SimProblem
    const started = performance.now()
    const runs: SimRunRecord[] = []
    let last: SimResult | undefined
    for (const seed of content.seeds) {
      last = await pool.simulate({ code: submission.code, language: submission.language, workload: content.workload, seed })
      runs.push({ seed, verdict: last.verdict, wallMs: last.wallMs })
      if (last.verdict !== 'passed') break
    }
    if (!last) throw new Error(`${version.slug} has no seeds`)
    judgeRunSeconds.observe((performance.now() - started) / 1000)
    const verdict = judgeVerdictOf(last)
    judgeVerdicts.inc({ verdict })
    const stored: StoredSimResult = { ...resultForStorage(last), runs }
    recordSimVerdict({
      id,
      verdict,
      message: firstSentence(last) || null,
      timeMs: runs.reduce((sum, run) => sum + run.wallMs, 0),
      result: stored as unknown as Record<string, unknown>,
    })
  } catch (error) {
    getLogger().error({ submission: id, err: (error as Error).message }, 'submission could not be simulated')
    failSubmission({ id, message: 'The judge could not run this submission; it has been logged. Please submit again.' })
  }
}

/** The judge-ready form of a problem version, computed once and stored with the version. */
export function ensurePrepared(versionId: number): Promise<StoredPrepared> {
  const cached = preparedCache.get(versionId)
  if (cached) return Promise.resolve(rememberPrepared(versionId, cached))
  const inFlight = state.preparing.get(versionId)
  if (inFlight) return inFlight
  const promise = (async () => {
    const version = getProblemVersion({ versionId })
    if (!version) throw new Error(`problem version ${versionId} does not exist`)
    if (version.content.kind !== 'code') throw new Error(`${version.slug} is a ${version.content.kind} problem; only code problems are judged`)
    if (version.prepared) return rememberPrepared(versionId, version.prepared as unknown as StoredPrepared)
    if (!state.pool) throw new Error('the judge is not running')
    // Stored content has no local paths; prepare only needs a folder name for its error messages.
    const problem = { ...version.content, dir: path.join('problems', version.slug) }
    const prepared: PreparedProblem = await prepareProblem(problem, state.pool)
    if (prepared.errors.length) {
      throw new Error(`cannot prepare ${version.slug}: ${prepared.errors.map((e) => formatContentError(e)).join('; ')}`)
    }
    const stored: StoredPrepared = { judgeProblem: prepared.judgeProblem, referenceCost: prepared.referenceCost }
    savePreparedVersion({ versionId, judgeProblem: prepared.judgeProblem, referenceCost: prepared.referenceCost })
    return rememberPrepared(versionId, stored)
  })()
  state.preparing.set(versionId, promise)
  promise.catch(() => undefined).finally(() => state.preparing.delete(versionId))
  return promise
}

async function prepareInBackground() {
  const started = performance.now()
  const pending = listUnpreparedVersions()
  for (const { versionId, slug } of pending) {
    // Submissions come first: prepare the next problem only while the judge has nothing else to do.
    await waitForIdle()
    if (!state.pool) return
    try {
      await ensurePrepared(versionId)
    } catch (error) {
      getLogger().error({ slug, err: (error as Error).message }, 'problem could not be prepared for judging')
    }
  }
  if (pending.length) {
    getLogger().info({ problems: pending.length, ms: Math.round(performance.now() - started) }, 'prepared problems for judging')
  }
}
