import { describe, expect, it } from 'vitest'
import { SESSION_TTL_MS, createSession, deleteExpiredSessions, getSessionUser, sessionExists } from '~/models/sessions.server'
import { createUser } from '~/models/users.server'

describe('sessions', () => {
  it('stop working when they expire and are swept at start-up', async () => {
    const user = await createUser({ email: 'old@example.com', password: 'a long enough password' })
    const stale = createSession({ userId: user.id, now: Date.now() - SESSION_TTL_MS - 1000 })
    const live = createSession({ userId: user.id })
    expect(getSessionUser({ token: stale })).toBeUndefined()
    expect(getSessionUser({ token: live })?.id).toBe(user.id)
    expect(deleteExpiredSessions()).toBe(1)
    expect(sessionExists({ token: stale })).toBe(false)
    expect(sessionExists({ token: live })).toBe(true)
  })
})
