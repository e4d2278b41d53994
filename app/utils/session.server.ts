import { createCookie } from '@remix-run/node'
import { SESSION_TTL_MS, createSession, deleteSession } from '~/models/sessions.server'
import { getEnv } from './env.server'

const COOKIE_NAME = 'drill_session'

let cookie: ReturnType<typeof createCookie> | undefined
function sessionCookie() {
  cookie ??= createCookie(COOKIE_NAME, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
    secrets: [getEnv().SESSION_SECRET],
  })
  return cookie
}

/** True when the request reached us over https (directly or via a proxy that says so). */
export function isSecureRequest(request: Request) {
  return (
    new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  )
}

/** The session token from a request's signed cookie, if any. */
export async function readSessionToken(request: Request): Promise<string | undefined> {
  const value = await sessionCookie().parse(request.headers.get('Cookie'))
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

/**
 * Starts a fresh session for the user and ends the one the request carried (rotation on login), and
 * returns the Set-Cookie header value.
 */
export async function startUserSession({ request, userId }: { request: Request; userId: number }) {
  const previous = await readSessionToken(request)
  if (previous) deleteSession({ token: previous })
  const token = createSession({ userId })
  return sessionCookie().serialize(token, { secure: isSecureRequest(request) })
}

/** Ends the request's session and returns a Set-Cookie header that clears the cookie. */
export async function endUserSession(request: Request) {
  const token = await readSessionToken(request)
  if (token) deleteSession({ token })
  return sessionCookie().serialize('', { maxAge: 0, secure: isSecureRequest(request) })
}
