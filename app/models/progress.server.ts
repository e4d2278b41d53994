import { and, asc, desc, eq, gt, sql } from 'drizzle-orm'
import { designAnswers, incidentAttempts, problems, quizAnswers, submissions, trackItems, trackModules, tracks } from '#db/schema'
import { activityByDay, currentStreak, summarizeAttempts, type JudgedAttempt } from '~/utils/progress-stats'
import { getDb } from './db.server'
import { getTrack, listTracks } from './problems.server'
import { listScoredAttempts } from './incidents.server'
import { listDueProblemIds } from './reviews.server'
import { listUserSubmissions } from './submissions.server'
import { problemVisibleTo, trackVisibleTo, type Audience } from './visibility.server'

export type ItemState = 'new' | 'attempted' | 'solved' | 'due'

/** The incident score (out of 100) that counts a scenario as solved. */
export const incidentPassScore = 70

/** Per problem: attempted or solved (judged submissions only), and whether its review is due today. */
export function getProblemStates({ userId, now }: { userId: number; now: number }) {
  const rows = getDb()
    .select({
      problemId: submissions.problemId,
      solved: sql<number>`max(${submissions.verdict} = 'accepted')`,
    })
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.status, 'done')))
    .groupBy(submissions.problemId)
    .all()
  // An incident counts as solved once an attempt scores at least incidentPassScore.
  const incidents = getDb()
    .select({ problemId: incidentAttempts.problemId, best: sql<number | null>`max(${incidentAttempts.score})` })
    .from(incidentAttempts)
    .where(eq(incidentAttempts.userId, userId))
    .groupBy(incidentAttempts.problemId)
    .all()
  // A concept check is solved by a right answer; a design prompt by a submitted answer.
  const quizzes = getDb()
    .select({ problemId: quizAnswers.problemId, right: sql<number>`max(${quizAnswers.correct})` })
    .from(quizAnswers)
    .where(eq(quizAnswers.userId, userId))
    .groupBy(quizAnswers.problemId)
    .all()
  const designs = getDb().select({ problemId: designAnswers.problemId, status: designAnswers.status }).from(designAnswers).where(eq(designAnswers.userId, userId)).all()
  const due = listDueProblemIds({ userId, now })
  const states = new Map<number, ItemState>()
  for (const row of quizzes) states.set(row.problemId, due.has(row.problemId) ? 'due' : row.right ? 'solved' : 'attempted')
  for (const row of designs) states.set(row.problemId, row.status === 'submitted' ? 'solved' : 'attempted')
  for (const row of rows) states.set(row.problemId, due.has(row.problemId) ? 'due' : row.solved ? 'solved' : 'attempted')
  for (const row of incidents) states.set(row.problemId, (row.best ?? 0) >= incidentPassScore ? 'solved' : 'attempted')
  return states
}

const isDone = (state: ItemState | undefined) => state === 'solved' || state === 'due'

/** A track's modules with each item's state and the solved counts (anonymous visitors see every item as new). */
export function getTrackProgress({
  slug,
  userId,
  now,
  states = userId === null ? new Map<number, ItemState>() : getProblemStates({ userId, now }),
}: {
  slug: string
  userId: number | null
  now: number
  /** The candidate's problem states, when the caller already has them (one query set for many tracks). */
  states?: Map<number, ItemState>
}) {
  const track = getTrack({ slug, audience: { userId } })
  if (!track) return undefined
  const modules = track.modules.map((m) => {
    const items = m.items.map((item) => ({ ...item, state: states.get(item.problemId) ?? ('new' as ItemState) }))
    return { ...m, items, solved: items.filter((i) => isDone(i.state)).length, total: items.length }
  })
  const unique = new Map(modules.flatMap((m) => m.items.map((i) => [i.problemId, i.state] as const)))
  return {
    ...track,
    modules,
    solved: [...unique.values()].filter(isDone).length,
    total: unique.size,
  }
}

/** Every track with its completion for this candidate. */
export function listTrackProgress({ userId, now }: { userId: number | null; now: number }) {
  const states = userId === null ? new Map<number, ItemState>() : getProblemStates({ userId, now })
  return listTracks({ audience: { userId } }).flatMap((t) => {
    const progress = getTrackProgress({ slug: t.slug, userId, now, states })
    return progress ? [progress] : []
  })
}

/** Everything `/progress` shows. */
export function getProgressOverview({ userId, now }: { userId: number; now: number }) {
  const attempts: JudgedAttempt[] = getDb()
    .select({ problemId: submissions.problemId, verdict: submissions.verdict, createdAt: submissions.createdAt, difficulty: problems.difficulty, tags: problems.tags })
    .from(submissions)
    .innerJoin(problems, eq(problems.id, submissions.problemId))
    .where(and(eq(submissions.userId, userId), eq(submissions.status, 'done')))
    .all()
  return {
    tracks: listTrackProgress({ userId, now }).map((t) => ({
      slug: t.slug,
      title: t.title,
      solved: t.solved,
      total: t.total,
      modules: t.modules.map((m) => ({ slug: m.slug, title: m.title, solved: m.solved, total: m.total })),
    })),
    activity: activityByDay(attempts, now),
    streak: currentStreak(attempts, now),
    ...summarizeAttempts(attempts),
    recent: listUserSubmissions({ userId, limit: 10 }),
    incidents: listScoredAttempts({ userId }).slice(0, 20),
  }
}

/** The item after this one in the first track module, of those the audience sees, that lists it (for "Next" links). */
export function getNextTrackItem({ slug, audience }: { slug: string; audience: Audience }) {
  const here = getDb()
    .select({ moduleId: trackItems.moduleId, position: trackItems.position })
    .from(trackItems)
    .innerJoin(trackModules, eq(trackModules.id, trackItems.moduleId))
    .innerJoin(tracks, eq(tracks.slug, trackModules.trackSlug))
    .where(and(eq(trackItems.problemSlug, slug), trackVisibleTo(audience)))
    .orderBy(desc(eq(tracks.source, 'bundled')), asc(tracks.position), asc(trackModules.position))
    .limit(1)
    .get()
  if (!here) return null
  return (
    getDb()
      .select({ slug: problems.slug, title: problems.title, kind: problems.kind })
      .from(trackItems)
      .innerJoin(problems, eq(problems.slug, trackItems.problemSlug))
      .where(and(eq(trackItems.moduleId, here.moduleId), gt(trackItems.position, here.position), problemVisibleTo(audience)))
      .orderBy(asc(trackItems.position))
      .limit(1)
      .get() ?? null
  )
}
