import { hash, verify } from '@node-rs/argon2'
import { asc, count, eq } from 'drizzle-orm'
import { invites, users, type Role } from '#db/schema'
import { getDatabase, getDb } from './db.server'

export type { Role }

export interface PublicUser {
  id: number
  email: string
  displayName: string
  role: Role
}

const publicColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
}

/** Signals a sign-up with an email that already has an account. */
export class DuplicateEmailError extends Error {
  constructor() {
    super('An account with this email already exists.')
  }
}

/** Signals an invite code that does not exist, has expired or was already used. */
export class InvalidInviteError extends Error {
  constructor() {
    super('This invite code is not valid (unknown, expired or already used).')
  }
}

export function normalizeEmail(email: string) {
  return email.trim().toLowerCase()
}

// A real argon2id hash of a random password: verifying unknown emails costs as much as known ones.
const dummyHashPromise = hash(crypto.randomUUID())

/** argon2id (the library's default algorithm) with its recommended cost parameters. */
export function hashPassword(password: string) {
  return hash(password)
}

/** Creates an account; the very first account ever created becomes admin. */
export async function createUser({
  email,
  password,
  displayName,
  role,
  inviteCode,
}: {
  email: string
  password: string
  displayName?: string
  role?: Role
  /** When given, the invite must be live; it is used up in the same transaction. */
  inviteCode?: string
}): Promise<PublicUser> {
  const passwordHash = await hashPassword(password)
  const normalized = normalizeEmail(email)
  const { sqlite, db } = getDatabase()
  const insert = sqlite.transaction(() => {
    const existing = db.select({ id: users.id }).from(users).where(eq(users.email, normalized)).get()
    if (existing) throw new DuplicateEmailError()
    const [{ n }] = db.select({ n: count() }).from(users).all()
    if (inviteCode !== undefined) {
      const invite = db.select().from(invites).where(eq(invites.code, inviteCode.trim())).get()
      if (!invite || invite.usedAt !== null || invite.expiresAt <= Date.now()) throw new InvalidInviteError()
    }
    const created = db
      .insert(users)
      .values({
        email: normalized,
        displayName: displayName?.trim() || normalized.split('@')[0],
        passwordHash,
        role: n === 0 ? 'admin' : (role ?? 'candidate'),
      })
      .returning(publicColumns)
      .get()
    if (inviteCode !== undefined) {
      db.update(invites)
        .set({ usedBy: created.id, usedAt: Date.now() })
        .where(eq(invites.code, inviteCode.trim()))
        .run()
    }
    return created
  })
  return insert.immediate()
}

/** Returns the user when the password matches; null for a wrong password or an unknown email alike. */
export async function verifyLogin({ email, password }: { email: string; password: string }) {
  const row = getDb()
    .select({ ...publicColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get()
  if (!row) {
    await verify(await dummyHashPromise, password).catch(() => false)
    return null
  }
  const ok = await verify(row.passwordHash, password).catch(() => false)
  if (!ok) return null
  const { passwordHash: _omit, ...user } = row
  return user satisfies PublicUser
}

/** Changes a password after checking the current one; returns false when it does not match. */
export async function changePassword({
  userId,
  currentPassword,
  newPassword,
}: {
  userId: number
  currentPassword: string
  newPassword: string
}) {
  const row = getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()
  if (!row || !(await verify(row.passwordHash, currentPassword).catch(() => false))) return false
  const passwordHash = await hashPassword(newPassword)
  getDb().update(users).set({ passwordHash, passwordChangedAt: Date.now() }).where(eq(users.id, userId)).run()
  return true
}

export function getUserById({ id }: { id: number }): PublicUser | undefined {
  return getDb().select(publicColumns).from(users).where(eq(users.id, id)).get()
}

export function listUsers() {
  return getDb()
    .select({ ...publicColumns, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.id))
    .all()
}

/** Signals a role change that would leave the instance without an admin. */
export class LastAdminError extends Error {
  constructor() {
    super('At least one admin must remain.')
  }
}

export function setUserRole({ userId, role }: { userId: number; role: Role }) {
  const { sqlite, db } = getDatabase()
  sqlite
    .transaction(() => {
      const target = db.select({ role: users.role }).from(users).where(eq(users.id, userId)).get()
      if (!target) throw new Response('No such user', { status: 404 })
      if (target.role === 'admin' && role !== 'admin') {
        const [{ n }] = db.select({ n: count() }).from(users).where(eq(users.role, 'admin')).all()
        if (n <= 1) throw new LastAdminError()
      }
      db.update(users).set({ role }).where(eq(users.id, userId)).run()
    })
    .immediate()
}
