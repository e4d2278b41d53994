import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { designAnswers, groupMembers, groups, incidentAttempts, problems, reviewComments, reviewRequests, submissions, users, type ReviewItemType } from '#db/schema'
import { getDb } from './db.server'
import { problemVisibleTo } from './visibility.server'

export class ReviewRequestError extends Error {}

/** The review rubric mentors score (1–5 each), the same for every kind of item. */
export const mentorRubric = [
  { id: 'correctness', label: 'Correctness and completeness' },
  { id: 'approach', label: 'Approach and trade-offs' },
  { id: 'clarity', label: 'Clarity (code, writing)' },
  { id: 'operations', label: 'Operational thinking (failure modes, testing, monitoring)' },
] as const

/** Who owns an item, and the problem it belongs to; undefined when there is no such item. */
function ownerOf(itemType: ReviewItemType, itemId: number, userId: number) {
  const db = getDb()
  if (itemType === 'submission') return db.select({ userId: submissions.userId, problemId: submissions.problemId }).from(submissions).where(eq(submissions.id, itemId)).get()
  if (itemType === 'incident') return db.select({ userId: incidentAttempts.userId, problemId: incidentAttempts.problemId }).from(incidentAttempts).where(eq(incidentAttempts.id, itemId)).get()
  return db
    .select({ userId: designAnswers.userId, problemId: designAnswers.problemId })
    .from(designAnswers)
    .where(and(eq(designAnswers.problemId, itemId), eq(designAnswers.userId, userId), eq(designAnswers.status, 'submitted')))
    .get()
}

/** Groups of the user that have a mentor other than the user: where a review can be asked for. */
export function listReviewGroups({ userId }: { userId: number }) {
  return getDb()
    .select({ id: groups.id, name: groups.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(
      and(
        eq(groupMembers.userId, userId),
        sql`exists (select 1 from ${groupMembers} m where m.group_id = ${groups.id} and m.role = 'mentor' and m.user_id <> ${userId})`,
      ),
    )
    .orderBy(groups.name)
    .all()
}

/** Asks the mentors of one of the candidate's groups to review one of the candidate's own items. */
export function requestReview({ userId, groupId, itemType, itemId, note }: { userId: number; groupId: number; itemType: ReviewItemType; itemId: number; note: string }) {
  const owner = ownerOf(itemType, itemId, userId)
  if (!owner || owner.userId !== userId) throw new ReviewRequestError('You can ask for a review of your own work only.')
  if (!listReviewGroups({ userId }).some((g) => g.id === groupId)) throw new ReviewRequestError('Choose one of your groups that has a mentor.')
  // A problem private to one group is reviewed by that group's mentors, not shown to another group's.
  const shown = getDb().select({ id: problems.id }).from(problems).where(and(eq(problems.id, owner.problemId), problemVisibleTo({ groupId }))).get()
  if (!shown) throw new ReviewRequestError('This problem belongs to another of your groups; ask that group’s mentors.')
  const open = getDb()
    .select({ id: reviewRequests.id })
    .from(reviewRequests)
    .where(and(eq(reviewRequests.userId, userId), eq(reviewRequests.itemType, itemType), eq(reviewRequests.itemId, itemId), eq(reviewRequests.status, 'open')))
    .get()
  if (open) throw new ReviewRequestError('A review of this is already waiting for a mentor.')
  return getDb().insert(reviewRequests).values({ userId, groupId, itemType, itemId, note }).returning({ id: reviewRequests.id }).get()
}

const requestColumns = {
  id: reviewRequests.id,
  userId: reviewRequests.userId,
  groupId: reviewRequests.groupId,
  itemType: reviewRequests.itemType,
  itemId: reviewRequests.itemId,
  note: reviewRequests.note,
  status: reviewRequests.status,
  rubric: reviewRequests.rubric,
  summary: reviewRequests.summary,
  createdAt: reviewRequests.createdAt,
  doneAt: reviewRequests.doneAt,
  seenAt: reviewRequests.seenAt,
  candidate: users.displayName,
  groupName: groups.name,
}

/** Review requests in the groups a mentor mentors (open first, then the recently done). */
export function listMentorQueue({ mentorId }: { mentorId: number }) {
  const mentored = getDb().select({ id: groupMembers.groupId }).from(groupMembers).where(and(eq(groupMembers.userId, mentorId), eq(groupMembers.role, 'mentor')))
  return getDb()
    .select(requestColumns)
    .from(reviewRequests)
    .innerJoin(users, eq(users.id, reviewRequests.userId))
    .innerJoin(groups, eq(groups.id, reviewRequests.groupId))
    .where(inArray(reviewRequests.groupId, mentored))
    .orderBy(sql`${reviewRequests.status} = 'done'`, desc(reviewRequests.id))
    .limit(100)
    .all()
}

/** One request, for its candidate or a mentor of its group; undefined for anyone else. */
export function getReviewRequest({ id, viewerId }: { id: number; viewerId: number }) {
  const row = getDb().select(requestColumns).from(reviewRequests).innerJoin(users, eq(users.id, reviewRequests.userId)).innerJoin(groups, eq(groups.id, reviewRequests.groupId)).where(eq(reviewRequests.id, id)).get()
  if (!row) return undefined
  const mentor = Boolean(
    getDb()
      .select({ g: groupMembers.groupId })
      .from(groupMembers)
      .where(and(eq(groupMembers.groupId, row.groupId), eq(groupMembers.userId, viewerId), eq(groupMembers.role, 'mentor')))
      .get(),
  )
  if (!mentor && row.userId !== viewerId) return undefined
  return { ...row, viewerIsMentor: mentor, comments: listComments({ requestId: id }), item: getReviewItem(row) }
}

function listComments({ requestId }: { requestId: number }) {
  return getDb()
    .select({ id: reviewComments.id, line: reviewComments.line, body: reviewComments.body, author: users.displayName, createdAt: reviewComments.createdAt })
    .from(reviewComments)
    .leftJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.requestId, requestId))
    .orderBy(reviewComments.line, reviewComments.id)
    .all()
}

/** The reviewed work as the review page shows it: code, a design answer, or a postmortem. */
function getReviewItem(row: { itemType: ReviewItemType; itemId: number; userId: number }) {
  const db = getDb()
  if (row.itemType === 'submission') {
    const s = db
      .select({ code: submissions.code, language: submissions.language, verdict: submissions.verdict, title: problems.title, slug: problems.slug })
      .from(submissions)
      .innerJoin(problems, eq(problems.id, submissions.problemId))
      .where(eq(submissions.id, row.itemId))
      .get()
    return s ? { kind: 'code' as const, title: `${s.title} (${s.verdict ?? 'not judged'})`, code: s.code, link: `/submissions/${row.itemId}` } : null
  }
  if (row.itemType === 'incident') {
    const a = db
      .select({ postmortem: incidentAttempts.postmortem, score: incidentAttempts.score, title: problems.title, slug: problems.slug })
      .from(incidentAttempts)
      .innerJoin(problems, eq(problems.id, incidentAttempts.problemId))
      .where(eq(incidentAttempts.id, row.itemId))
      .get()
    return a ? { kind: 'text' as const, title: `${a.title}: postmortem (score ${a.score ?? '—'}/100)`, sections: [{ title: 'Postmortem', text: a.postmortem ?? '(not written yet)' }], link: `/incidents/${a.slug}` } : null
  }
  const d = db
    .select({ sections: designAnswers.sections, estimates: designAnswers.estimates, title: problems.title, slug: problems.slug, revision: designAnswers.revision })
    .from(designAnswers)
    .innerJoin(problems, eq(problems.id, designAnswers.problemId))
    .where(and(eq(designAnswers.problemId, row.itemId), eq(designAnswers.userId, row.userId)))
    .get()
  return d
    ? {
        kind: 'text' as const,
        title: `${d.title} (revision ${d.revision})`,
        sections: [
          ...Object.entries(d.sections).map(([title, text]) => ({ title, text })),
          { title: 'estimates', text: Object.entries(d.estimates).map(([k, v]) => `${k}: ${v}`).join('\n') },
        ],
        link: `/design/${d.slug}`,
      }
    : null
}

export function addReviewComment({ requestId, authorId, line, body }: { requestId: number; authorId: number; line: number | null; body: string }) {
  getDb().insert(reviewComments).values({ requestId, authorId, line, body }).run()
}

/** Closes a request with the mentor's rubric scores and summary; the candidate gets a notice. */
export function completeReview({ requestId, reviewerId, rubric, summary, now }: { requestId: number; reviewerId: number; rubric: Record<string, number>; summary: string; now: number }) {
  getDb().update(reviewRequests).set({ status: 'done', reviewerId, rubric, summary, doneAt: now, seenAt: null }).where(eq(reviewRequests.id, requestId)).run()
}

/** The candidate's own requests, newest first. */
export function listMyReviewRequests({ userId }: { userId: number }) {
  return getDb()
    .select(requestColumns)
    .from(reviewRequests)
    .innerJoin(users, eq(users.id, reviewRequests.userId))
    .innerJoin(groups, eq(groups.id, reviewRequests.groupId))
    .where(eq(reviewRequests.userId, userId))
    .orderBy(desc(reviewRequests.id))
    .all()
}

/** Finished reviews the candidate has not opened yet (the notice in the header). */
export function countUnseenReviews({ userId }: { userId: number }) {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(reviewRequests)
      .where(and(eq(reviewRequests.userId, userId), eq(reviewRequests.status, 'done'), isNull(reviewRequests.seenAt)))
      .get()?.n ?? 0
  )
}

export function markReviewSeen({ requestId, userId, now }: { requestId: number; userId: number; now: number }) {
  getDb()
    .update(reviewRequests)
    .set({ seenAt: now })
    .where(and(eq(reviewRequests.id, requestId), eq(reviewRequests.userId, userId), eq(reviewRequests.status, 'done'), isNull(reviewRequests.seenAt)))
    .run()
}
