import { redirect } from '@remix-run/node'
import { getSessionUser } from '~/models/sessions.server'
import { type PublicUser, type Role } from '~/models/users.server'
import { readSessionToken } from './session.server'

/** The signed-in user, or null. */
export async function getOptionalUser(request: Request): Promise<PublicUser | null> {
  const token = await readSessionToken(request)
  if (!token) return null
  return getSessionUser({ token }) ?? null
}

function loginRedirect(request: Request) {
  const url = new URL(request.url)
  const back = url.pathname + url.search
  return redirect(`/login?redirectTo=${encodeURIComponent(back)}`)
}

/** Guard: throws a redirect to /login for anonymous visitors. */
export async function requireUser(request: Request): Promise<PublicUser> {
  const user = await getOptionalUser(request)
  if (!user) throw loginRedirect(request)
  return user
}

const rank: Record<Role, number> = { candidate: 0, mentor: 1, admin: 2 }

/** Guard: the user must hold this role or a higher one (admin > mentor > candidate); else 403. */
export async function requireRole(request: Request, role: Role): Promise<PublicUser> {
  const user = await requireUser(request)
  if (rank[user.role] < rank[role]) {
    throw new Response(`This page is for ${role}s.`, { status: 403 })
  }
  return user
}

/** Guard: signed-in users are sent home (sign-up and log-in pages). */
export async function requireAnonymous(request: Request) {
  if (await getOptionalUser(request)) throw redirect('/')
}

/** Only same-site relative paths may be redirect targets. */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = '/') {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return fallback
  return target
}
