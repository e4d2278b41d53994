import { describe, expect, it } from 'vitest'
import { action as accountAction } from '~/routes/account'
import { action as adminAction, loader as adminLoader } from '~/routes/admin.users'
import { action as loginAction } from '~/routes/login'
import { action as signupAction } from '~/routes/signup'
import { getSessionUser, sessionExists } from '~/models/sessions.server'
import { getDatabase } from '~/models/db.server'
import { context, cookieFrom, formRequest, getRequest, settle } from '../support/requests'

const password = 'correct horse battery'

async function signup(email: string, extra: Record<string, string> = {}) {
  return settle(() =>
    signupAction({
      request: formRequest('/signup', { email, displayName: email.split('@')[0], password, confirmPassword: password, ...extra }),
      context: context(),
      params: {},
    }),
  )
}

async function login(email: string, pw: string, cookie?: string, ip?: string) {
  return settle(() =>
    loginAction({ request: formRequest('/login', { email, password: pw }, cookie), context: context(ip), params: {} }),
  )
}

function tokenOf(cookie: string) {
  // The cookie is signed: value.signature, URI-encoded; the session token is the part before the dot.
  const value = decodeURIComponent(cookie.split('=').slice(1).join('='))
  return JSON.parse(Buffer.from(value.slice(0, value.lastIndexOf('.')), 'base64').toString('utf8')) as string
}

describe('accounts', () => {
  it('makes the first account admin and later ones candidates', async () => {
    const first = await signup('first@example.com')
    expect(first.status).toBe(302)
    const second = await signup('second@example.com')
    expect(second.status).toBe(302)
    const roles = getDatabase().sqlite.prepare('SELECT email, role FROM users ORDER BY id').all()
    expect(roles).toEqual([
      { email: 'first@example.com', role: 'admin' },
      { email: 'second@example.com', role: 'candidate' },
    ])
  })

  it('stores argon2id hashes, never the password', () => {
    const row = getDatabase().sqlite.prepare("SELECT password_hash FROM users WHERE email = 'first@example.com'").get() as {
      password_hash: string
    }
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true)
    expect(row.password_hash).not.toContain(password)
  })

  it('answers 400 with a message per field for malformed input, and a clear message for a duplicate email', async () => {
    const bad = await settle(() =>
      signupAction({
        request: formRequest('/signup', { email: 'not-an-email', password: 'short', confirmPassword: 'other' }),
        context: context(),
        params: {},
      }),
    )
    expect(bad.status).toBe(400)
    const body = (await bad.json()) as { error: Record<string, string[]> }
    expect(body.error.email).toEqual(['Enter a valid email address, like ada@example.com.'])
    expect(body.error.password).toEqual(['Use at least 10 characters.'])
    expect(body.error.displayName).toBeDefined()

    const dup = await signup('FIRST@example.com')
    expect(dup.status).toBe(400)
    expect(((await dup.json()) as { error: Record<string, string[]> }).error.email).toEqual([
      'An account with this email already exists.',
    ])
  })

  it('gives the same message for a wrong password and an unknown email', async () => {
    const wrong = await login('first@example.com', 'not the password')
    const unknown = await login('nobody@example.com', 'not the password')
    expect(wrong.status).toBe(400)
    expect(unknown.status).toBe(400)
    const a = (await wrong.json()) as { error: Record<string, string[]> }
    const b = (await unknown.json()) as { error: Record<string, string[]> }
    expect(a.error['']).toEqual(['That email and password do not match an account.'])
    expect(b.error['']).toEqual(a.error[''])
  })

  it('rotates the session on login: the old token dies, a new one is issued', async () => {
    const first = await login('second@example.com', password)
    expect(first.status).toBe(302)
    const oldCookie = cookieFrom(first)
    const oldToken = tokenOf(oldCookie)
    expect(getSessionUser({ token: oldToken })?.email).toBe('second@example.com')

    const again = await login('second@example.com', password, oldCookie)
    const newToken = tokenOf(cookieFrom(again))
    expect(newToken).not.toBe(oldToken)
    expect(sessionExists({ token: oldToken })).toBe(false)
    expect(getSessionUser({ token: newToken })?.email).toBe('second@example.com')
  })

  it('sets an httpOnly, SameSite=Lax cookie, Secure only over https', async () => {
    const plain = await login('second@example.com', password)
    const header = plain.headers.get('Set-Cookie')!
    expect(header).toMatch(/HttpOnly/i)
    expect(header).toMatch(/SameSite=Lax/i)
    expect(header).not.toMatch(/Secure/i)
    const secure = await settle(() =>
      loginAction({
        request: new Request('https://drill.example/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ email: 'second@example.com', password }),
        }),
        context: context(),
        params: {},
      }),
    )
    expect(secure.headers.get('Set-Cookie')).toMatch(/Secure/i)
  })

  it('changes the password, ends other sessions, and keeps the user logged in', async () => {
    const deviceA = cookieFrom(await login('second@example.com', password, undefined, '198.51.100.1'))
    const deviceB = cookieFrom(await login('second@example.com', password, undefined, '198.51.100.2'))
    const changed = await settle(() =>
      accountAction({
        request: formRequest(
          '/account',
          { currentPassword: password, newPassword: 'a much better passphrase', confirmPassword: 'a much better passphrase' },
          deviceA,
        ),
        context: context(),
        params: {},
      }),
    )
    expect(changed.status).toBe(200)
    expect(sessionExists({ token: tokenOf(deviceB) })).toBe(false)
    expect(sessionExists({ token: tokenOf(deviceA) })).toBe(false)
    expect(getSessionUser({ token: tokenOf(cookieFrom(changed)) })?.email).toBe('second@example.com')
    expect((await login('second@example.com', password, undefined, '198.51.100.3')).status).toBe(400)
    expect((await login('second@example.com', 'a much better passphrase', undefined, '198.51.100.3')).status).toBe(302)
  })

  it('lets only admins change roles, and never removes the last admin', async () => {
    const adminCookie = cookieFrom(await login('first@example.com', password, undefined, '198.51.100.9'))
    const candidateCookie = cookieFrom(await login('second@example.com', 'a much better passphrase', undefined, '198.51.100.9'))
    const secondId = (getDatabase().sqlite.prepare("SELECT id FROM users WHERE email = 'second@example.com'").get() as { id: number }).id
    const firstId = (getDatabase().sqlite.prepare("SELECT id FROM users WHERE email = 'first@example.com'").get() as { id: number }).id

    const forbidden = await settle(() => adminLoader({ request: getRequest('/admin/users', candidateCookie), context: context(), params: {} }))
    expect(forbidden.status).toBe(403)

    const promote = await settle(() =>
      adminAction({
        request: formRequest('/admin/users', { intent: 'set-role', userId: String(secondId), role: 'mentor' }, adminCookie),
        context: context(),
        params: {},
      }),
    )
    expect(promote.status).toBe(200)
    expect(getSessionUser({ token: tokenOf(candidateCookie) })?.role).toBe('mentor')

    const demoteSelf = await settle(() =>
      adminAction({
        request: formRequest('/admin/users', { intent: 'set-role', userId: String(firstId), role: 'candidate' }, adminCookie),
        context: context(),
        params: {},
      }),
    )
    expect(demoteSelf.status).toBe(400)
    expect(JSON.stringify(await demoteSelf.json())).toContain('At least one admin must remain.')

    const badRole = await settle(() =>
      adminAction({
        request: formRequest('/admin/users', { intent: 'set-role', userId: String(secondId), role: 'overlord' }, adminCookie),
        context: context(),
        params: {},
      }),
    )
    expect(badRole.status).toBe(400)
  })

  it('rate-limits login attempts per IP with 429 and Retry-After', async () => {
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 12; i++) {
      last = await login('first@example.com', 'wrong guess', undefined, '192.0.2.55')
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    expect(Number(last!.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(JSON.stringify(await last!.json())).toContain('Too many attempts')
  })

  it('rate-limits failed logins per account across IPs', async () => {
    // first@example.com already has failures from the previous test; spread new ones over fresh IPs.
    let status = 0
    for (let i = 0; i < 12 && status !== 429; i++) {
      status = (await login('first@example.com', 'wrong guess', undefined, `192.0.2.${100 + i}`)).status
    }
    expect(status).toBe(429)
    // The right password from a new IP is refused too while the account is locked.
    expect((await login('first@example.com', password, undefined, '192.0.2.200')).status).toBe(429)
  })
})
