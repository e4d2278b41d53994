import { randomBytes } from 'node:crypto'
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import {
  assignments,
  designAnswers,
  groupInvites,
  groupMembers,
  groups,
  incidentAttempts,
  problems,
  quizAnswers,
  submissions,
  users,
  type AssignmentTarget,
  type GroupRole,
} from '#db/schema'
import { getDb } from './db.server'
import { getTrack } from './problems.server'
import { incidentPassScore } from './progress.server'
import { problemVisibleTo } from './visibility.server'

export class GroupError extends Error {}

export function createGroup({ name, description, userId }: { name: string; description: string; userId: number }) {
  const db = getDb()
  return db.transaction((tx) => {
    const group = tx.insert(groups).values({ name, description, createdBy: userId }).returning({ id: groups.id }).get()
    tx.insert(groupMembers).values({ groupId: group.id, userId, role: 'mentor' }).run()
    return group
  })
}

/** The groups a user belongs to, with their role in each. */
export function listUserGroups({ userId }: { userId: number }) {
  return getDb()
    .select({
      id: groups.id,
      name: groups.name,
      description: groups.description,
      role: groupMembers.role,
      members: sql<number>`(select count(*) from ${groupMembers} m where m.group_id = ${groups.id})`,
    })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(eq(groupMembers.userId, userId))
    .orderBy(groups.name)
    .all()
}

/** The groups a user mentors: where they may assign work and make content private. */
export function listMentoredGroups({ userId }: { userId: number }) {
  return getDb()
    .select({ id: groups.id, name: groups.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.userId, userId), eq(groupMembers.role, 'mentor')))
    .orderBy(groups.name)
    .all()
}

/** The group and the viewer's role in it; undefined when the viewer is not a member. */
export function getGroupMembership({ groupId, userId }: { groupId: number; userId: number }) {
  return getDb()
    .select({ id: groups.id, name: groups.name, description: groups.description, role: groupMembers.role })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
    .get()
}

/** True when `viewerId` may read `ownerId`'s code and answers: their own, or as a mentor of a group the owner is in. */
export function canReadWorkOf({ viewerId, ownerId }: { viewerId: number; ownerId: number }) {
  if (viewerId === ownerId) return true
  const row = getDb()
    .select({ groupId: groupMembers.groupId })
    .from(groupMembers)
    .where(
      and(
        eq(groupMembers.userId, viewerId),
        eq(groupMembers.role, 'mentor'),
        inArray(groupMembers.groupId, getDb().select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, ownerId))),
      ),
    )
    .limit(1)
    .get()
  return Boolean(row)
}

export function listMembers({ groupId }: { groupId: number }) {
  return getDb()
    .select({ userId: users.id, name: users.displayName, role: groupMembers.role, joinedAt: groupMembers.joinedAt })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(users.displayName, users.id)
    .all()
}

export function createGroupInvite({ groupId, role, days, createdBy, now }: { groupId: number; role: GroupRole; days: number; createdBy: number; now: number }) {
  const code = randomBytes(8).toString('base64url')
  getDb().insert(groupInvites).values({ code, groupId, role, createdBy, expiresAt: now + days * 86_400_000 }).run()
  return code
}

export function listGroupInvites({ groupId, now }: { groupId: number; now: number }) {
  return getDb()
    .select({ code: groupInvites.code, role: groupInvites.role, expiresAt: groupInvites.expiresAt, revokedAt: groupInvites.revokedAt })
    .from(groupInvites)
    .where(eq(groupInvites.groupId, groupId))
    .orderBy(desc(groupInvites.createdAt))
    .all()
    .map((i) => ({ ...i, active: i.revokedAt === null && i.expiresAt > now }))
}

export function revokeGroupInvite({ groupId, code, now }: { groupId: number; code: string; now: number }) {
  getDb()
    .update(groupInvites)
    .set({ revokedAt: now })
    .where(and(eq(groupInvites.groupId, groupId), eq(groupInvites.code, code)))
    .run()
}

/** The group an invite leads to, or why it does not work any more. */
export function getInvite({ code, now }: { code: string; now: number }) {
  const invite = getDb()
    .select({ code: groupInvites.code, role: groupInvites.role, expiresAt: groupInvites.expiresAt, revokedAt: groupInvites.revokedAt, groupId: groups.id, name: groups.name, description: groups.description })
    .from(groupInvites)
    .innerJoin(groups, eq(groups.id, groupInvites.groupId))
    .where(eq(groupInvites.code, code))
    .get()
  if (!invite) return { error: 'This invite code does not exist; check it with whoever sent it.' as const }
  if (invite.revokedAt !== null) return { error: 'This invite was revoked; ask the group’s mentor for a new one.' as const }
  if (invite.expiresAt <= now) return { error: 'This invite has expired; ask the group’s mentor for a new one.' as const }
  return { invite }
}

/** Joins the group of a valid invite (a member who joins again keeps their role). */
export function joinGroup({ code, userId, now }: { code: string; userId: number; now: number }) {
  const found = getInvite({ code, now })
  if ('error' in found) throw new GroupError(found.error)
  getDb().insert(groupMembers).values({ groupId: found.invite.groupId, userId, role: found.invite.role }).onConflictDoNothing().run()
  return found.invite.groupId
}

/** Leaves a group; the last mentor cannot leave members behind without one. */
export function leaveGroup({ groupId, userId }: { groupId: number; userId: number }) {
  const members = listMembers({ groupId })
  const me = members.find((m) => m.userId === userId)
  if (!me) return
  if (me.role === 'mentor' && members.length > 1 && members.filter((m) => m.role === 'mentor').length === 1)
    throw new GroupError('You are the group’s only mentor: make another member a mentor before you leave.')
  getDb()
    .delete(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
    .run()
}

export function setGroupRole({ groupId, userId, role }: { groupId: number; userId: number; role: GroupRole }) {
  const members = listMembers({ groupId })
  if (role === 'member' && members.filter((m) => m.role === 'mentor' && m.userId !== userId).length === 0)
    throw new GroupError('A group needs at least one mentor.')
  getDb()
    .update(groupMembers)
    .set({ role })
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
    .run()
}

/** The problems an assignment covers, in track order; an empty list when its reference no longer exists. */
export function expandAssignment({ groupId, target, ref }: { groupId: number; target: AssignmentTarget; ref: string }) {
  // A group is assigned public content and its own private problems and tracks, never another group's.
  const audience = { groupId }
  if (target === 'problem') {
    const p = getDb()
      .select({ id: problems.id, slug: problems.slug, title: problems.title, kind: problems.kind })
      .from(problems)
      .where(and(eq(problems.slug, ref), problemVisibleTo(audience)))
      .get()
    return p ? [p] : []
  }
  const [trackSlug, moduleSlug] = ref.split('/')
  const track = getTrack({ slug: trackSlug!, audience })
  if (!track) return []
  const modules = target === 'module' ? track.modules.filter((m) => m.slug === moduleSlug) : track.modules
  const seen = new Set<number>()
  return modules.flatMap((m) => m.items.filter((i) => !seen.has(i.problemId) && seen.add(i.problemId)).map((i) => ({ id: i.problemId, slug: i.slug, title: i.title, kind: i.kind })))
}

export function createAssignment({ groupId, target, ref, dueAt, createdBy }: { groupId: number; target: AssignmentTarget; ref: string; dueAt: number; createdBy: number }) {
  if (expandAssignment({ groupId, target, ref }).length === 0) throw new GroupError(`There is no ${target} “${ref}” to assign.`)
  return getDb().insert(assignments).values({ groupId, target, ref, dueAt, createdBy }).returning({ id: assignments.id }).get()
}

export function deleteAssignment({ groupId, id }: { groupId: number; id: number }) {
  getDb()
    .delete(assignments)
    .where(and(eq(assignments.groupId, groupId), eq(assignments.id, id)))
    .run()
}

export function listAssignments({ groupId }: { groupId: number }) {
  return getDb().select().from(assignments).where(eq(assignments.groupId, groupId)).orderBy(assignments.dueAt, assignments.id).all()
}

/** First time each user solved each problem (any kind), for the matrix and the leaderboard. */
function firstSolves(userIds: number[]) {
  const db = getDb()
  const out = new Map<string, number>()
  const attempted = new Set<string>()
  if (userIds.length === 0) return { solvedAt: out, attempted }
  const keep = (userId: number, problemId: number, at: number | null) => {
    const key = `${userId}:${problemId}`
    attempted.add(key)
    if (at !== null && (!out.has(key) || at < out.get(key)!)) out.set(key, at)
  }
  for (const r of db
    .select({ userId: submissions.userId, problemId: submissions.problemId, at: sql<number | null>`min(case when ${submissions.verdict} = 'accepted' then ${submissions.createdAt} end)` })
    .from(submissions)
    .where(and(inArray(submissions.userId, userIds), eq(submissions.status, 'done')))
    .groupBy(submissions.userId, submissions.problemId)
    .all())
    keep(r.userId, r.problemId, r.at)
  for (const r of db
    .select({ userId: quizAnswers.userId, problemId: quizAnswers.problemId, at: sql<number | null>`min(case when ${quizAnswers.correct} then ${quizAnswers.answeredAt} end)` })
    .from(quizAnswers)
    .where(inArray(quizAnswers.userId, userIds))
    .groupBy(quizAnswers.userId, quizAnswers.problemId)
    .all())
    keep(r.userId, r.problemId, r.at)
  for (const r of db
    .select({ userId: designAnswers.userId, problemId: designAnswers.problemId, at: designAnswers.submittedAt })
    .from(designAnswers)
    .where(inArray(designAnswers.userId, userIds))
    .all())
    keep(r.userId, r.problemId, r.at)
  for (const r of db
    .select({ userId: incidentAttempts.userId, problemId: incidentAttempts.problemId, at: sql<number | null>`min(case when ${incidentAttempts.score} >= ${incidentPassScore} then ${incidentAttempts.endedAt} end)` })
    .from(incidentAttempts)
    .where(inArray(incidentAttempts.userId, userIds))
    .groupBy(incidentAttempts.userId, incidentAttempts.problemId)
    .all())
    keep(r.userId, r.problemId, r.at)
  return { solvedAt: out, attempted }
}

export type MatrixCell = { state: 'new' | 'attempted' | 'solved'; at: number | null; late: boolean }

/**
 * Members × assigned problems, each cell with its state and the date it was solved (late when after the
 * assignment's due date); and the leaderboard: problems solved, ties broken by who got there first.
 */
export function getGroupProgress({ groupId }: { groupId: number }) {
  const members = listMembers({ groupId })
  const items = listAssignments({ groupId }).flatMap((a) => expandAssignment(a).map((p) => ({ ...p, assignmentId: a.id, dueAt: a.dueAt })))
  const { solvedAt, attempted } = firstSolves(members.map((m) => m.userId))
  const matrix = members.map((m) => ({
    userId: m.userId,
    name: m.name,
    role: m.role,
    cells: items.map((item): MatrixCell => {
      const key = `${m.userId}:${item.id}`
      const at = solvedAt.get(key) ?? null
      return { state: at !== null ? 'solved' : attempted.has(key) ? 'attempted' : 'new', at, late: at !== null && at > item.dueAt }
    }),
  }))
  const leaderboard = members
    .map((m) => {
      const times = [...solvedAt].filter(([key]) => key.startsWith(`${m.userId}:`)).map(([, at]) => at)
      return { userId: m.userId, name: m.name, solved: times.length, reachedAt: times.length ? Math.max(...times) : null }
    })
    .sort((a, b) => b.solved - a.solved || (a.reachedAt ?? Infinity) - (b.reachedAt ?? Infinity) || a.userId - b.userId)
  return { items, matrix, leaderboard }
}

/** What the group's members did lately (submissions, concept checks, incidents), newest first. */
export function listGroupActivity({ groupId, limit = 20 }: { groupId: number; limit?: number }) {
  const ids = listMembers({ groupId }).map((m) => m.userId)
  if (ids.length === 0) return []
  const db = getDb()
  const code = db
    .select({ at: submissions.createdAt, name: users.displayName, title: problems.title, slug: problems.slug, what: submissions.verdict })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.userId))
    .innerJoin(problems, eq(problems.id, submissions.problemId))
    .where(inArray(submissions.userId, ids))
    .orderBy(desc(submissions.id))
    .limit(limit)
    .all()
  const incidents = db
    .select({ at: incidentAttempts.startedAt, name: users.displayName, title: problems.title, slug: problems.slug, score: incidentAttempts.score })
    .from(incidentAttempts)
    .innerJoin(users, eq(users.id, incidentAttempts.userId))
    .innerJoin(problems, eq(problems.id, incidentAttempts.problemId))
    .where(inArray(incidentAttempts.userId, ids))
    .orderBy(desc(incidentAttempts.id))
    .limit(limit)
    .all()
  return [
    ...code.map((c) => ({ at: c.at, name: c.name, title: c.title, slug: c.slug, text: c.what ? c.what.replace('_', ' ') : 'submitted' })),
    ...incidents.map((i) => ({ at: i.at, name: i.name, title: i.title, slug: i.slug, text: i.score === null ? 'took the page' : `scored ${i.score}/100` })),
  ]
    .sort((a, b) => b.at - a.at)
    .slice(0, limit)
}

/** Whether the user mentors at least one group (the header shows the review queue then). */
export function mentorsAnyGroup({ userId }: { userId: number }) {
  return Boolean(getDb().select({ g: groupMembers.groupId }).from(groupMembers).where(and(eq(groupMembers.userId, userId), eq(groupMembers.role, 'mentor'))).limit(1).get())
}
