import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

const hint1 = 'the only partner that works is'
const hint2 = 'A hash map from value to index'
const editorial = 'one pass with a hash map'

async function page(path: string, cookie?: string) {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} })
  return { status: res.status, location: res.headers.get('location'), html: await res.text() }
}

async function post(path: string, cookie: string | undefined, fields: Record<string, string>) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields),
  })
  return { status: res.status, location: res.headers.get('location'), body: await res.text() }
}

describe('the workspace over HTTP', () => {
  it('sends hints one at a time as they are revealed, and the editorial only after a give-up', async () => {
    const anonymous = await page('/problems/two-sum')
    expect(anonymous.status).toBe(200)
    for (const secret of [hint1, hint2, editorial]) expect(anonymous.html).not.toContain(secret)

    const cookie = await signUpOverHttp(server.url, 'hints@example.com')
    expect((await post('/problems/two-sum', cookie, { intent: 'reveal-hint' })).status).toBe(200)
    const afterOne = await page('/problems/two-sum', cookie)
    expect(afterOne.html).toContain(hint1)
    expect(afterOne.html).not.toContain(hint2)
    expect(afterOne.html).not.toContain(editorial)

    expect((await post('/problems/two-sum', cookie, { intent: 'give-up' })).status).toBe(200)
    expect((await page('/problems/two-sum', cookie)).html).toContain(editorial)
  }, 60_000)

  it('keeps candidate data behind an account', async () => {
    for (const path of ['/progress', '/review']) {
      const res = await page(path)
      expect(res.status).toBe(302)
      expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent(path)}`)
    }
    const save = await post('/problems/two-sum', undefined, { intent: 'save-draft', code: 'x', language: 'javascript' })
    expect(save.status).toBe(302)
    expect(save.location).toMatch(/^\/login/)
  })

  it('answers bad input with 400 and a sentence, never a 500', async () => {
    const cookie = await signUpOverHttp(server.url, 'bad-input@example.com')
    const tooBig = await post('/problems/two-sum', cookie, { intent: 'submit', code: 'x'.repeat(70 * 1024), language: 'typescript' })
    expect(tooBig.status).toBe(400)
    const badLanguage = await post('/problems/two-sum', cookie, { intent: 'save-draft', code: 'x', language: 'cobol' })
    expect(badLanguage.status).toBe(400)
    const unknownIntent = await post('/problems/two-sum', cookie, { intent: 'delete-everything' })
    expect(unknownIntent.status).toBe(400)
    const notDue = await post('/review', cookie, { slug: 'two-sum', rating: 'good' })
    expect(notDue.status).toBe(400)
    expect(notDue.body).toContain('solve it first')
    const badRating = await post('/review', cookie, { slug: 'two-sum', rating: 'perfect' })
    expect(badRating.status).toBe(400)
    const shortPosting = await post('/plan', cookie, { intent: 'posting', posting: 'SRE' })
    expect(shortPosting.status).toBe(400)
    expect(shortPosting.body).toContain('too short')
  }, 60_000)

  it('saves a draft that a second session of the same account gets back', async () => {
    const cookie = await signUpOverHttp(server.url, 'drafts@example.com')
    expect((await post('/problems/two-sum', cookie, { intent: 'save-draft', code: 'function twoSum() { return [42] }', language: 'javascript' })).status).toBe(200)
    const login = await fetch(`${server.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'drafts@example.com', password: 'a long enough password' }),
    })
    const second = login.headers.get('set-cookie')!.split(';')[0]!
    expect(second).not.toBe(cookie)
    expect((await page('/problems/two-sum', second)).html).toContain('return [42]')
  }, 60_000)
})
