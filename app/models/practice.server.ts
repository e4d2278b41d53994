import { and, desc, eq } from 'drizzle-orm'
import { designAnswers, problemVersions, problems, quizAnswers } from '#db/schema'
import { type DesignProblem } from '~/content/design'
import { type QuizProblem } from '~/content/quiz'
import { gradeEstimate } from '~/design/grade'
import { gradeAnswer } from '~/quiz/grade'
import { type QuizResponse } from '~/quiz/types'
import { getDb } from './db.server'
import { problemVisibleTo, type Audience } from './visibility.server'
import { enrollReview, getReviewState, rateReview } from './reviews.server'

/** Metadata and the server-only content of a design or quiz problem's current version. */
export function getPracticeProblem<K extends 'design' | 'quiz'>({ slug, kind, audience }: { slug: string; kind: K; audience: Audience }) {
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
    .where(and(eq(problems.slug, slug), eq(problems.kind, kind), problemVisibleTo(audience)))
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

/**
 * Grades and records an answer to a concept check. A due review is rated by the answer itself; a first
 * miss enters the review queue. An unreadable answer is returned ungraded and nothing is recorded.
 */
export function answerQuiz({ userId, problem, response, now }: { userId: number; problem: { id: number; slug: string; versionId: number; content: QuizProblem }; response: QuizResponse; now: number }) {
  const grade = gradeAnswer(problem.content.question, response)
  if (!grade.valid) return grade
  recordQuizAnswer({ userId, problemId: problem.id, versionId: problem.versionId, response, correct: grade.correct, now })
  const review = getReviewState({ userId, problemId: problem.id, now })
  if (review?.isDue) rateReview({ userId, slug: problem.slug, rating: grade.correct ? 'good' : 'again', now })
  else if (!review && !grade.correct) enrollReview({ userId, problemId: problem.id, now, rating: 'again' })
  return grade
}

/** Field errors of a design answer: sections over the size limit; on submit, unreadable estimates and an empty answer. */
export function validateDesignAnswer({ design, sections, estimates, submit }: { design: DesignProblem; sections: Record<string, string>; estimates: Record<string, string>; submit: boolean }) {
  const errors: Record<string, string> = {}
  for (const s of design.sections) {
    if ((sections[s.id] ?? '').length > maxDesignSection) errors[`section-${s.id}`] = `${s.title} is limited to ${maxDesignSection.toLocaleString('en')} characters.`
  }
  if (submit) {
    // An unreadable estimate is pointed out before it is graded; an empty one is simply unanswered.
    for (const e of design.estimates) {
      const text = estimates[e.id] ?? ''
      if (!text) continue
      const grade = gradeEstimate(e, text)
      if (grade.verdict === 'invalid') errors[`estimate-${e.id}`] = grade.message
    }
    if (Object.values(sections).every((t) => t.trim() === '')) errors.form = 'Write at least one section before submitting.'
  }
  return errors
}

const maxDesignSection = 20_000
