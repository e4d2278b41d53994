import { describe, expect, it } from 'vitest'
import { createInvite } from '~/models/invites.server'
import { createUser } from '~/models/users.server'
import { action as signupAction } from '~/routes/signup'
import { resetEnvForTests } from '~/utils/env.server'
import { context, formRequest, settle } from '../support/requests'

function setMode(mode: 'open' | 'invite' | 'closed') {
  process.env.ALLOW_SIGNUP = mode
  resetEnvForTests()
}

const password = 'a long enough password'
function signup(email: string, inviteCode?: string) {
  const fields: Record<string, string> = { email, displayName: 'X', password, confirmPassword: password }
  if (inviteCode !== undefined) fields.inviteCode = inviteCode
  return settle(() => signupAction({ request: formRequest('/signup', fields), context: context(), params: {} }))
}

describe('ALLOW_SIGNUP', () => {
  it('closed: refuses sign-up with 403', async () => {
    setMode('closed')
    const res = await signup('a@example.com')
    expect(res.status).toBe(403)
  })

  it('invite: needs a live, unused invite code, and uses it up', async () => {
    setMode('invite')
    const admin = await createUser({ email: 'admin@example.com', password })
    const missing = await signup('b@example.com')
    expect(missing.status).toBe(400)
    expect(JSON.stringify(await missing.json())).toContain('needs an invite code')

    const bogus = await signup('b@example.com', 'not-a-code')
    expect(bogus.status).toBe(400)
    expect(JSON.stringify(await bogus.json())).toContain('not valid')

    const { code } = createInvite({ createdBy: admin.id })
    expect((await signup('b@example.com', code)).status).toBe(302)
    const reused = await signup('c@example.com', code)
    expect(reused.status).toBe(400)

    const expired = createInvite({ createdBy: admin.id, now: Date.now() - 8 * 24 * 60 * 60 * 1000 })
    expect((await signup('d@example.com', expired.code)).status).toBe(400)
  })

  it('open: anyone may sign up', async () => {
    setMode('open')
    expect((await signup('e@example.com')).status).toBe(302)
  })
})
