import { randomInt } from 'node:crypto'
import { and, desc, eq } from 'drizzle-orm'
import { incidentAttempts, problemVersions, problems } from '#db/schema'
import { type IncidentProblem } from '~/content/types'
import {
  applyAction,
  debrief,
  IncidentActionError,
  parseAction,
  replayIncident,
  viewForCandidate,
  type Debrief,
  type IncidentAction,
} from '~/incident'
import { getDatabase, getDb } from './db.server'
import { problemVisibleTo, type Audience } from './visibility.server'

/** The metadata and server-only scenario of an incident problem's current version. */
export function getIncidentProblem({ slug, audience }: { slug: string; audience: Audience }) {
  const row = getDb()
    .select({
      id: problems.id,
      slug: problems.slug,
      kind: problems.kind,
      title: problems.title,
      difficulty: problems.difficulty,
      tags: problems.tags,
      status: problems.status,
      versionId: problemVersions.id,
      statementHtml: problemVersions.statementHtml,
    })
    .from(problems)
    .innerJoin(problemVersions, eq(problemVersions.id, problems.currentVersionId))
    .where(and(eq(problems.slug, slug), eq(problems.kind, 'incident'), problemVisibleTo(audience)))
    .get()
  if (!row || row.status === 'removed') return undefined
  return row
}

/** The kind of the problem behind a slug (routes pick the page to show with it). */
export function getProblemKind({ slug, audience }: { slug: string; audience: Audience }) {
  return getDb()
    .select({ kind: problems.kind, status: problems.status })
    .from(problems)
    .where(and(eq(problems.slug, slug), problemVisibleTo(audience)))
    .get()
}

function scenarioOf(versionId: number) {
  const row = getDb().select({ content: problemVersions.content }).from(problemVersions).where(eq(problemVersions.id, versionId)).get()
  if (!row) throw new Error(`problem version ${versionId} is missing`)
  return row.content as unknown as IncidentProblem
}

type AttemptRow = typeof incidentAttempts.$inferSelect

function replay(attempt: Pick<AttemptRow, 'problemVersionId' | 'seed' | 'actions'>) {
  const problem = scenarioOf(attempt.problemVersionId)
  const incident = replayIncident({ scenario: problem.scenario, seed: attempt.seed, actions: attempt.actions.map(parseAction) })
  return { problem, incident }
}

/** The candidate's latest attempt at an incident, if any. */
export function getLatestAttempt({ userId, problemId }: { userId: number; problemId: number }) {
  return getDb()
    .select()
    .from(incidentAttempts)
    .where(and(eq(incidentAttempts.userId, userId), eq(incidentAttempts.problemId, problemId)))
    .orderBy(desc(incidentAttempts.id))
    .limit(1)
    .get()
}

export function listAttempts({ userId, problemId }: { userId: number; problemId: number }) {
  return getDb()
    .select({ id: incidentAttempts.id, status: incidentAttempts.status, score: incidentAttempts.score, startedAt: incidentAttempts.startedAt, endedAt: incidentAttempts.endedAt })
    .from(incidentAttempts)
    .where(and(eq(incidentAttempts.userId, userId), eq(incidentAttempts.problemId, problemId)))
    .orderBy(desc(incidentAttempts.id))
    .all()
}

/** Starts a new attempt on the problem's current version with a fresh seed; an unfinished one is abandoned. */
export function startAttempt({ userId, problemId, versionId }: { userId: number; problemId: number; versionId: number }) {
  const db = getDb()
  db.update(incidentAttempts)
    .set({ status: 'ended', endedAt: Date.now() })
    .where(and(eq(incidentAttempts.userId, userId), eq(incidentAttempts.problemId, problemId), eq(incidentAttempts.status, 'active')))
    .run()
  return db
    .insert(incidentAttempts)
    .values({ userId, problemId, problemVersionId: versionId, seed: randomInt(1, 2 ** 31 - 1), actions: [] })
    .returning({ id: incidentAttempts.id })
    .get()
}

/** What the on-call engineer sees now in an attempt (never the faults, future signals or scoring). */
export function getAttemptView({ attempt }: { attempt: AttemptRow }) {
  const { incident } = replay(attempt)
  return viewForCandidate(incident)
}

export class AttemptNotActiveError extends Error {}

/**
 * Takes one action in the candidate's active attempt: replays it, applies the action (a refused action
 * changes nothing), stores the new action list and, when the incident ends, its score and debrief.
 */
export function takeIncidentAction({ userId, attemptId, raw }: { userId: number; attemptId: number; raw: unknown }) {
  const { sqlite, db } = getDatabase()
  return sqlite
    .transaction(() => {
      const attempt = db.select().from(incidentAttempts).where(eq(incidentAttempts.id, attemptId)).get()
      if (!attempt || attempt.userId !== userId) throw new AttemptNotActiveError('There is no such attempt among yours.')
      if (attempt.status !== 'active') throw new AttemptNotActiveError('This incident has ended; start a new attempt to play it again.')
      const action: IncidentAction = parseAction(raw)
      const { problem, incident } = replay(attempt)
      const outcome = applyAction(incident, action)
      const actions = [...attempt.actions, action]
      if (incident.ended) {
        const report = debrief(incident, { ideal: problem.paths.ideal })
        db.update(incidentAttempts)
          .set({ actions, status: 'ended', score: report.score, debrief: report as unknown as Record<string, unknown>, endedAt: Date.now() })
          .where(eq(incidentAttempts.id, attemptId))
          .run()
      } else {
        db.update(incidentAttempts).set({ actions }).where(eq(incidentAttempts.id, attemptId)).run()
      }
      return outcome
    })
    .immediate()
}

export function getDebrief(attempt: AttemptRow) {
  return attempt.debrief as unknown as Debrief | null
}

/** Stores the candidate's postmortem for an ended attempt (mentors review it). */
export function savePostmortem({ userId, attemptId, text, now }: { userId: number; attemptId: number; text: string; now: number }) {
  const result = getDb()
    .update(incidentAttempts)
    .set({ postmortem: text, postmortemAt: now })
    .where(and(eq(incidentAttempts.id, attemptId), eq(incidentAttempts.userId, userId), eq(incidentAttempts.status, 'ended')))
    .run()
  if (result.changes !== 1) throw new AttemptNotActiveError('Write the postmortem once the incident has ended.')
}

/** Every incident attempt of a candidate with a score, for progress. */
export function listScoredAttempts({ userId }: { userId: number }) {
  return getDb()
    .select({ id: incidentAttempts.id, slug: problems.slug, title: problems.title, score: incidentAttempts.score, endedAt: incidentAttempts.endedAt })
    .from(incidentAttempts)
    .innerJoin(problems, eq(problems.id, incidentAttempts.problemId))
    .where(and(eq(incidentAttempts.userId, userId), eq(incidentAttempts.status, 'ended')))
    .orderBy(desc(incidentAttempts.id))
    .all()
    .filter((a) => a.score !== null)
}

export { IncidentActionError }
