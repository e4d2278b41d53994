import crypto from 'node:crypto'
import { and, eq, gt, lt, ne } from 'drizzle-orm'
import { sessions, users } from '#db/schema'
import { getDb } from './db.server'

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000

function hashToken(token: string) {
  return crypto.createHash('sha256').update(token).digest('base64url')
}

/** Starts a session and returns its secret token (only its hash is stored). */
export function createSession({ userId, now = Date.now() }: { userId: number; now?: number }) {
  const token = crypto.randomBytes(32).toString('base64url')
  getDb()
    .insert(sessions)
    .values({ id: hashToken(token), userId, createdAt: now, expiresAt: now + SESSION_TTL_MS })
    .run()
  return token
}

/** The user behind a live session token, or undefined. */
export function getSessionUser({ token, now = Date.now() }: { token: string; now?: number }) {
  return getDb()
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)))
    .get()
}

export function deleteSession({ token }: { token: string }) {
  getDb().delete(sessions).where(eq(sessions.id, hashToken(token))).run()
}

/** Ends every session of a user, except optionally the one in use. */
export function deleteUserSessions({ userId, exceptToken }: { userId: number; exceptToken?: string }) {
  const condition = exceptToken
    ? and(eq(sessions.userId, userId), ne(sessions.id, hashToken(exceptToken)))
    : eq(sessions.userId, userId)
  getDb().delete(sessions).where(condition).run()
}

export function sessionExists({ token }: { token: string }) {
  return Boolean(getDb().select({ id: sessions.id }).from(sessions).where(eq(sessions.id, hashToken(token))).get())
}

export function deleteExpiredSessions({ now = Date.now() }: { now?: number } = {}) {
  return getDb().delete(sessions).where(lt(sessions.expiresAt, now)).run().changes
}
