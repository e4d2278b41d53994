import { and, asc, eq, sql } from 'drizzle-orm'
import { drafts, giveUps, hintReveals, submissions } from '#db/schema'
import { type Language } from '~/judge/types'
import { getDb } from './db.server'

/** The candidate's autosaved editor content for a problem, if any. */
export function getDraft({ userId, problemId }: { userId: number; problemId: number }) {
  return getDb()
    .select({ code: drafts.code, language: drafts.language, updatedAt: drafts.updatedAt })
    .from(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.problemId, problemId)))
    .get()
}

/** Saves the editor's content; the newest write wins (the editor sends the whole text each time). */
export function saveDraft({ userId, problemId, code, language, now }: { userId: number; problemId: number; code: string; language: Language; now: number }) {
  getDb()
    .insert(drafts)
    .values({ userId, problemId, code, language, updatedAt: now })
    .onConflictDoUpdate({ target: [drafts.userId, drafts.problemId], set: { code, language, updatedAt: now } })
    .run()
}

/** "Reset to starter": forgets the draft so the starter comes back everywhere. */
export function deleteDraft({ userId, problemId }: { userId: number; problemId: number }) {
  getDb()
    .delete(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.problemId, problemId)))
    .run()
}

/** How many hints the candidate has revealed (hints are revealed in order). */
export function countRevealedHints({ userId, problemId }: { userId: number; problemId: number }) {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(hintReveals)
      .where(and(eq(hintReveals.userId, userId), eq(hintReveals.problemId, problemId)))
      .get()?.n ?? 0
  )
}

/** Records the reveal of the next hint; returns how many are revealed now (never more than `available`). */
export function revealNextHint({ userId, problemId, available, now }: { userId: number; problemId: number; available: number; now: number }) {
  const revealed = countRevealedHints({ userId, problemId })
  if (revealed >= available) return revealed
  getDb()
    .insert(hintReveals)
    .values({ userId, problemId, hintNumber: revealed + 1, revealedAt: now })
    .onConflictDoNothing()
    .run()
  return revealed + 1
}

/** Every hint reveal of a candidate, for progress ("solved with hints"). */
export function listHintReveals({ userId }: { userId: number }) {
  return getDb()
    .select({ problemId: hintReveals.problemId, hintNumber: hintReveals.hintNumber, revealedAt: hintReveals.revealedAt })
    .from(hintReveals)
    .where(eq(hintReveals.userId, userId))
    .orderBy(asc(hintReveals.revealedAt))
    .all()
}

export function recordGiveUp({ userId, problemId, now }: { userId: number; problemId: number; now: number }) {
  getDb().insert(giveUps).values({ userId, problemId, gaveUpAt: now }).onConflictDoNothing().run()
}

/** Why the editorial is open to this candidate: an accepted submission, an explicit give-up, or not at all. */
export function getEditorialAccess({ userId, problemId }: { userId: number; problemId: number }): 'accepted' | 'gave_up' | null {
  const db = getDb()
  const accepted = db
    .select({ id: submissions.id })
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.problemId, problemId), eq(submissions.verdict, 'accepted')))
    .limit(1)
    .get()
  if (accepted) return 'accepted'
  const gaveUp = db
    .select({ at: giveUps.gaveUpAt })
    .from(giveUps)
    .where(and(eq(giveUps.userId, userId), eq(giveUps.problemId, problemId)))
    .get()
  return gaveUp ? 'gave_up' : null
}
