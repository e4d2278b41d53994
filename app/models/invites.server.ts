import crypto from 'node:crypto'
import { desc, eq } from 'drizzle-orm'
import { invites, users } from '#db/schema'
import { getDb } from './db.server'

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** A single-use sign-up code, for ALLOW_SIGNUP=invite. */
export function createInvite({ createdBy, now = Date.now() }: { createdBy: number; now?: number }) {
  const code = crypto.randomBytes(9).toString('base64url')
  getDb().insert(invites).values({ code, createdBy, createdAt: now, expiresAt: now + INVITE_TTL_MS }).run()
  return { code, expiresAt: now + INVITE_TTL_MS }
}

export function listInvites() {
  return getDb()
    .select({
      code: invites.code,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
      usedAt: invites.usedAt,
      usedByEmail: users.email,
    })
    .from(invites)
    .leftJoin(users, eq(users.id, invites.usedBy))
    .orderBy(desc(invites.createdAt))
    .limit(50)
    .all()
}

export function revokeInvite({ code }: { code: string }) {
  getDb().delete(invites).where(eq(invites.code, code)).run()
}
