import { and, asc, eq, gt, lte, sql } from 'drizzle-orm'
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs'
import { problems, reviewCards, reviewLogs, type ReviewRating } from '#db/schema'
import { endOfDay } from '~/utils/reviews'
import { getDb } from './db.server'
import { problemVisibleTo } from './visibility.server'

// No fuzz: the same history always gives the same schedule. No short-term steps: a problem comes back
// after days, not minutes (re-solving a problem ten minutes after solving it tests nothing).
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false })

const grades: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy }

type CardRow = typeof reviewCards.$inferSelect

function toCard(row: CardRow): Card {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview === null ? undefined : new Date(row.lastReview),
  }
}

function fromCard(card: Card) {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  }
}

/**
 * Puts a problem the candidate just solved into their review schedule (the solve counts as a first
 * "good" recall; a missed concept check enters as "again", so it comes back tomorrow). Does nothing when
 * it is already scheduled. Call inside the verdict's transaction.
 */
export function enrollReview({ userId, problemId, now, rating = 'good' }: { userId: number; problemId: number; now: number; rating?: ReviewRating }) {
  const card = scheduler.next(createEmptyCard(new Date(now)), new Date(now), grades[rating]).card
  getDb()
    .insert(reviewCards)
    .values({ userId, problemId, ...fromCard(card) })
    .onConflictDoNothing()
    .run()
}

export class ReviewNotDueError extends Error {}

/** Records a recall rating for a due problem and schedules its next review. */
export function rateReview({
  userId,
  slug,
  rating,
  now,
  submissionId = null,
}: {
  userId: number
  slug: string
  rating: ReviewRating
  now: number
  submissionId?: number | null
}) {
  const db = getDb()
  const row = db
    .select({ card: reviewCards })
    .from(reviewCards)
    .innerJoin(problems, eq(problems.id, reviewCards.problemId))
    .where(and(eq(reviewCards.userId, userId), eq(problems.slug, slug)))
    .get()
  if (!row) throw new ReviewNotDueError('This problem is not in your review queue: solve it first.')
  if (row.card.due >= endOfDay(now)) {
    throw new ReviewNotDueError(`This problem is not due yet; it comes back on ${new Date(row.card.due).toISOString().slice(0, 10)}.`)
  }
  const next = scheduler.next(toCard(row.card), new Date(now), grades[rating]).card
  const values = fromCard(next)
  db.transaction((tx) => {
    tx.update(reviewCards)
      .set(values)
      .where(and(eq(reviewCards.userId, userId), eq(reviewCards.problemId, row.card.problemId)))
      .run()
    tx.insert(reviewLogs)
      .values({ userId, problemId: row.card.problemId, submissionId, rating, wasDue: row.card.due, nextDue: values.due, reviewedAt: now })
      .run()
  })
  return { nextDue: values.due }
}

/** The candidate's review queue: what is due by the end of today, then what comes later. */
export function listReviews({ userId, now }: { userId: number; now: number }) {
  const rows = getDb()
    .select({
      slug: problems.slug,
      title: problems.title,
      difficulty: problems.difficulty,
      due: reviewCards.due,
      reps: reviewCards.reps,
      lapses: reviewCards.lapses,
      lastReview: reviewCards.lastReview,
    })
    .from(reviewCards)
    .innerJoin(problems, eq(problems.id, reviewCards.problemId))
    // A problem private to a group the candidate has left drops out of the queue (its page is gone for them).
    .where(and(eq(reviewCards.userId, userId), problemVisibleTo({ userId })))
    .orderBy(asc(reviewCards.due), asc(problems.slug))
    .all()
  const cutoff = endOfDay(now)
  return { due: rows.filter((r) => r.due < cutoff), upcoming: rows.filter((r) => r.due >= cutoff) }
}

/** How many problems are due for review by the end of today (the home page's "due today"). */
export function countDueReviews({ userId, now }: { userId: number; now: number }) {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(reviewCards)
      .where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, endOfDay(now) - 1)))
      .get()?.n ?? 0
  )
}

/** Due-ness of one problem for the workspace (is this a review, and when is it due). */
export function getReviewState({ userId, problemId, now }: { userId: number; problemId: number; now: number }) {
  const row = getDb()
    .select({ due: reviewCards.due })
    .from(reviewCards)
    .where(and(eq(reviewCards.userId, userId), eq(reviewCards.problemId, problemId)))
    .get()
  if (!row) return null
  return { due: row.due, isDue: row.due < endOfDay(now) }
}

/** Problem ids due by the end of today, for track and progress views. */
export function listDueProblemIds({ userId, now }: { userId: number; now: number }) {
  return new Set(
    getDb()
      .select({ problemId: reviewCards.problemId })
      .from(reviewCards)
      .where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, endOfDay(now) - 1), gt(reviewCards.reps, 0)))
      .all()
      .map((r) => r.problemId),
  )
}

export function getReviewStateBySlug({ userId, slug, now }: { userId: number; slug: string; now: number }) {
  const problem = getDb().select({ id: problems.id }).from(problems).where(eq(problems.slug, slug)).get()
  return problem ? getReviewState({ userId, problemId: problem.id, now }) : null
}
