import { and, desc, eq, inArray } from 'drizzle-orm'
import { problemVersions, problems, submissions, testResults, type SubmissionMode, type SubmissionStatus } from '#db/schema'
import { type JudgeResult, type Language, type Verdict } from '~/judge/types'
import { getDatabase, getDb } from './db.server'
import { enrollReview } from './reviews.server'
import { problemVisibleTo } from './visibility.server'

/**
 * Stores a submission as `queued` against the problem's current version. Called before the HTTP answer:
 * an acknowledged submission is on disk even if the process dies the next instant.
 */
export function createSubmission({
  userId,
  slug,
  code,
  language,
  mode = 'practice',
}: {
  userId: number
  slug: string
  code: string
  language: Language
  mode?: SubmissionMode
}) {
  const problem = getDb()
    .select({ id: problems.id, versionId: problems.currentVersionId })
    .from(problems)
    .where(and(eq(problems.slug, slug), problemVisibleTo({ userId })))
    .get()
  if (!problem?.versionId) return undefined
  return getDb()
    .insert(submissions)
    .values({ userId, problemId: problem.id, problemVersionId: problem.versionId, language, code, mode, status: 'queued' })
    .returning({ id: submissions.id })
    .get()
}

/** Moves a queued submission to running; false when another worker already took it. */
export function claimSubmission({ id }: { id: number }) {
  const result = getDb()
    .update(submissions)
    .set({ status: 'running' })
    .where(and(eq(submissions.id, id), inArray(submissions.status, ['queued', 'running'])))
    .run()
  return result.changes === 1
}

/** What the judge needs to run a submission (the kind picks the judge: tests or the simulator). */
export function getSubmissionForJudging({ id }: { id: number }) {
  return getDb()
    .select({ id: submissions.id, code: submissions.code, language: submissions.language, versionId: submissions.problemVersionId, status: submissions.status, kind: problems.kind })
    .from(submissions)
    .innerJoin(problems, eq(problems.id, submissions.problemId))
    .where(eq(submissions.id, id))
    .get()
}

/**
 * Writes every test result and the verdict in one transaction: a submission is judged completely or not
 * at all. A first accepted solve also enters the review schedule in the same transaction.
 */
export function recordVerdict({ id, result, visibleTestIds }: { id: number; result: JudgeResult; visibleTestIds: ReadonlySet<number> }) {
  const { sqlite, db } = getDatabase()
  sqlite
    .transaction(() => {
      db.delete(testResults).where(eq(testResults.submissionId, id)).run()
      result.tests.forEach((test, position) => {
        db.insert(testResults)
          .values({
            submissionId: id,
            testId: test.id,
            position,
            status: test.status,
            cost: test.cost,
            budget: test.budget ?? null,
            wallMs: Math.round(test.wallMs),
            output: test.output,
            message: test.message ?? null,
            details: visibleTestIds.has(test.id)
              ? { input: test.input ?? null, expected: test.expected ?? null, actual: test.actual ?? null, name: test.name ?? null }
              : null,
          })
          .run()
      })
      const judgedAt = Date.now()
      if (result.verdict === 'accepted') {
        const owner = db.select({ userId: submissions.userId, problemId: submissions.problemId }).from(submissions).where(eq(submissions.id, id)).get()
        if (owner) enrollReview({ ...owner, now: judgedAt })
      }
      db.update(submissions)
        .set({
          status: 'done',
          verdict: result.verdict,
          cost: result.cost,
          timeMs: Math.round(result.timeMs),
          message: result.compileError ? result.compileError.message : null,
          judgedAt,
        })
        .where(eq(submissions.id, id))
        .run()
    })
    .immediate()
}

/**
 * Stores a simulator verdict with its whole result (the `result` column) in one transaction; like
 * `recordVerdict`, a first accepted solve also enters the review schedule in the same transaction.
 */
export function recordSimVerdict({
  id,
  verdict,
  message,
  timeMs,
  result,
}: {
  id: number
  verdict: Verdict
  message: string | null
  timeMs: number
  result: Record<string, unknown>
}) {
  const { sqlite, db } = getDatabase()
  sqlite
    .transaction(() => {
      db.delete(testResults).where(eq(testResults.submissionId, id)).run()
      const judgedAt = Date.now()
      if (verdict === 'accepted') {
        const owner = db.select({ userId: submissions.userId, problemId: submissions.problemId }).from(submissions).where(eq(submissions.id, id)).get()
        if (owner) enrollReview({ ...owner, now: judgedAt })
      }
      db.update(submissions)
        .set({ status: 'done', verdict, cost: null, timeMs: Math.round(timeMs), message, result, judgedAt })
        .where(eq(submissions.id, id))
        .run()
    })
    .immediate()
}

/** Marks a submission that could not be judged for a reason outside the candidate's code. */
export function failSubmission({ id, message }: { id: number; message: string }) {
  getDb().update(submissions).set({ status: 'failed', message, judgedAt: Date.now() }).where(eq(submissions.id, id)).run()
}

/** Submissions a previous process acknowledged but never finished: re-queued at start-up. */
export function listUnfinishedSubmissions() {
  return getDb()
    .select({ id: submissions.id })
    .from(submissions)
    .where(inArray(submissions.status, ['queued', 'running'] satisfies SubmissionStatus[]))
    .orderBy(submissions.id)
    .all()
    .map((row) => row.id)
}

/** One submission with its results, for its owner. */
export function getSubmission({ id, userId }: { id: number; userId: number }) {
  return getSubmissionFor({ id, canRead: (owner) => owner === userId })
}

/** One submission with its results, when `canRead(ownerId)` allows it (owners, and mentors of the owner's groups). */
export function getSubmissionFor({ id, canRead }: { id: number; canRead: (ownerId: number) => boolean }) {
  const row = getDb()
    .select({
      id: submissions.id,
      userId: submissions.userId,
      code: submissions.code,
      language: submissions.language,
      status: submissions.status,
      verdict: submissions.verdict,
      cost: submissions.cost,
      timeMs: submissions.timeMs,
      message: submissions.message,
      createdAt: submissions.createdAt,
      judgedAt: submissions.judgedAt,
      mode: submissions.mode,
      result: submissions.result,
      slug: problems.slug,
      title: problems.title,
      kind: problems.kind,
      versionId: submissions.problemVersionId,
      version: problemVersions.version,
      referenceCost: problemVersions.referenceCost,
    })
    .from(submissions)
    .innerJoin(problems, eq(problems.id, submissions.problemId))
    .innerJoin(problemVersions, eq(problemVersions.id, submissions.problemVersionId))
    .where(eq(submissions.id, id))
    .get()
  if (!row || !canRead(row.userId)) return undefined
  const tests = getDb()
    .select({
      testId: testResults.testId,
      status: testResults.status,
      cost: testResults.cost,
      budget: testResults.budget,
      wallMs: testResults.wallMs,
      output: testResults.output,
      message: testResults.message,
      details: testResults.details,
    })
    .from(testResults)
    .where(eq(testResults.submissionId, id))
    .orderBy(testResults.position)
    .all()
  return { ...row, tests }
}

export function listUserSubmissions({ userId, slug, limit = 50 }: { userId: number; slug?: string; limit?: number }) {
  return getDb()
    .select({
      id: submissions.id,
      slug: problems.slug,
      title: problems.title,
      status: submissions.status,
      verdict: submissions.verdict,
      cost: submissions.cost,
      language: submissions.language,
      mode: submissions.mode,
      createdAt: submissions.createdAt,
      difficulty: problems.difficulty,
    })
    .from(submissions)
    .innerJoin(problems, eq(problems.id, submissions.problemId))
    .where(slug ? and(eq(submissions.userId, userId), eq(problems.slug, slug)) : eq(submissions.userId, userId))
    .orderBy(desc(submissions.id))
    .limit(limit)
    .all()
}
