import { eq, inArray, isNull, or, type SQL } from 'drizzle-orm'
import { groupMembers, problems, tracks } from '#db/schema'
import { getDb } from './db.server'

/**
 * Who content is being shown to. A problem or track with a `group_id` is private to that group: its
 * members (of either role) see it; nobody else does, admins included. `{ userId: null }` is anybody
 * (anonymous visitors, the study-plan catalogue); `{ groupId }` is what a group may be assigned.
 */
export type Audience = { userId: number | null } | { groupId: number }

export const anybody: Audience = { userId: null }

function memberGroups(userId: number) {
  return getDb().select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, userId))
}

function visible(column: typeof problems.groupId | typeof tracks.groupId, audience: Audience): SQL {
  if ('groupId' in audience) return or(isNull(column), eq(column, audience.groupId))!
  if (audience.userId === null) return isNull(column)
  return or(isNull(column), inArray(column, memberGroups(audience.userId)))!
}

/** The SQL condition "the audience may see this problem". */
export function problemVisibleTo(audience: Audience) {
  return visible(problems.groupId, audience)
}

/** The SQL condition "the audience may see this track". */
export function trackVisibleTo(audience: Audience) {
  return visible(tracks.groupId, audience)
}

/** The audience a signed-in user (or an anonymous visitor) is. */
export function audienceOf(user: { id: number } | null | undefined): Audience {
  return { userId: user?.id ?? null }
}
