import { and, desc, eq } from 'drizzle-orm'
import { designAnswers, problemVersions, problems, quizAnswers } from '#db/schema'
import { type DesignProblem } from '~/content/design'
import { type QuizProblem } from '~/content/quiz'
import { getDb } from './db.server'

/** Metadata and the server-only content of a design or quiz problem's current version. */
export function getPracticeProblem<K extends 'design' | 'quiz'>({ slug, kind }: { slug: string; kind: K }) {
  const row = getDb()
    .select({
      id: problems.id,
      slug: problems.slug,
      title: problems.title,
      difficulty: problems.difficulty,
      tags: problems.tags,
      status: problems.status,
      versionId: problemVersions.id,
      statementHtml: problemVersions.statementHtml,
      content: problemVersions.content,
    })
    .from(problems)
    .innerJoin(problemVersions, eq(problemVersions.id, problems.currentVersionId))
    .where(and(eq(problems.slug, slug), eq(problems.kind, kind)))
    .get()
  if (!row || row.status === 'removed') return undefined
  const { content, ...rest } = row
  return { ...rest, content: content as unknown as K extends 'design' ? DesignProblem : QuizProblem }
}

export function getDesignAnswer({ userId, problemId }: { userId: number; problemId: number }) {
  return getDb()
    .select()
    .from(designAnswers)
    .where(and(eq(designAnswers.userId, userId), eq(designAnswers.problemId, problemId)))
    .get()
}

/**
 * Saves the candidate's sections and estimates; `submit` also marks the answer submitted and counts a
 * revision (a submitted answer can be revised and submitted again; its rubric self-score is kept).
 */
export function saveDesignAnswer({
  userId,
  problemId,
  versionId,
  sections,
  estimates,
  submit,
  now,
}: {
  userId: number
  problemId: number
  versionId: number
  sections: Record<string, string>
  estimates: Record<string, string>
  submit: boolean
  now: number
}) {
  const existing = getDesignAnswer({ userId, problemId })
  const status = submit || existing?.status === 'submitted' ? 'submitted' : 'draft'
  const revision = (existing?.revision ?? 0) + (submit ? 1 : 0)
  const values = { problemVersionId: versionId, sections, estimates, status, revision, updatedAt: now, ...(submit ? { submittedAt: now } : {}) } as const
  getDb()
    .insert(designAnswers)
    .values({ userId, problemId, ...values })
    .onConflictDoUpdate({ target: [designAnswers.userId, designAnswers.problemId], set: values })
    .run()
  return { status, revision }
}

export function startDesignTimer({ userId, problemId, versionId, now }: { userId: number; problemId: number; versionId: number; now: number }) {
  getDb()
    .insert(designAnswers)
    .values({ userId, problemId, problemVersionId: versionId, timerStartedAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [designAnswers.userId, designAnswers.problemId], set: { timerStartedAt: now } })
    .run()
}

export class DesignNotSubmittedError extends Error {}

/** Stores the candidate's rubric self-assessment (only for a submitted answer). */
export function saveRubricScores({ userId, problemId, rubric, score }: { userId: number; problemId: number; rubric: Record<string, number>; score: number }) {
  const result = getDb()
    .update(designAnswers)
    .set({ rubric, rubricScore: score })
    .where(and(eq(designAnswers.userId, userId), eq(designAnswers.problemId, problemId), eq(designAnswers.status, 'submitted')))
    .run()
  if (result.changes !== 1) throw new DesignNotSubmittedError('Submit your answer before scoring it against the rubric.')
}

export function recordQuizAnswer({ userId, problemId, versionId, response, correct, now }: { userId: number; problemId: number; versionId: number; response: unknown; correct: boolean; now: number }) {
  getDb().insert(quizAnswers).values({ userId, problemId, problemVersionId: versionId, response, correct, answeredAt: now }).run()
}

export function getLastQuizAnswer({ userId, problemId }: { userId: number; problemId: number }) {
  return getDb()
    .select({ response: quizAnswers.response, correct: quizAnswers.correct, answeredAt: quizAnswers.answeredAt })
    .from(quizAnswers)
    .where(and(eq(quizAnswers.userId, userId), eq(quizAnswers.problemId, problemId)))
    .orderBy(desc(quizAnswers.id))
    .limit(1)
    .get()
}
