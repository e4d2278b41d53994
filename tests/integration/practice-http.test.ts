import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let cookie: string
beforeAll(async () => {
  server = await startTestServer()
  cookie = await signUpOverHttp(server.url, 'practice@example.com')
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

const get = async (path: string) => (await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } })).text()
/** Posts to a route's action and reads its JSON answer (`_data` names the route, as Remix's own fetches do). */
async function post(path: string, body: URLSearchParams) {
  const route = `routes/${path.split('/')[1]}.$slug`
  const res = await fetch(`${server.url}${path}?_data=${encodeURIComponent(route)}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: server.url, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  })
  return { status: res.status, body: await res.text() }
}

describe('concept checks over HTTP', () => {
  const slug = 'quiz-cap-partition-choice'
  const explanation = 'That is the CAP'

  it('sends the question without its answer or explanation until the candidate answers, and queues a miss for review', async () => {
    for (const body of [await get(`/quiz/${slug}`), await get(`/quiz/${slug}?_data=routes%2Fquiz.%24slug`)]) {
      expect(body).not.toContain(explanation)
      expect(body).not.toMatch(/"answer"\s*:|"explanation"\s*:/)
    }
    const unreadable = await post(`/quiz/${slug}`, new URLSearchParams({ answer: 'z' }))
    expect(unreadable.status).toBe(400)
    expect(await get(`/quiz/${slug}`)).not.toContain(explanation)

    const wrong = await post(`/quiz/${slug}`, new URLSearchParams({ answer: 'a' }))
    expect(wrong.status).toBe(200)
    expect(JSON.parse(wrong.body)).toMatchObject({ correct: false })
    expect(await get(`/quiz/${slug}`)).toContain(explanation)
    expect(await get('/review')).toContain(`scheduled-${slug}`)
  }, 60_000)

  it('grades a numeric answer given in another unit of the same kind', async () => {
    const right = await post('/quiz/quiz-nines-downtime-999', new URLSearchParams({ answer: '8.76 h' }))
    expect(JSON.parse(right.body)).toMatchObject({ correct: true })
  }, 60_000)
})

describe('design answers over HTTP', () => {
  const slug = 'design-url-shortener'
  const form = (intent: string, extra: Record<string, string> = {}) =>
    new URLSearchParams({ intent, 'section-requirements': 'Short links that never expire.', 'estimate-write-rate': '40', 'estimate-storage': '3 TB', ...extra })

  it('keeps the grades, rubric and reference on the server until the answer is submitted', async () => {
    const before = await get(`/design/${slug}?_data=routes%2Fdesign.%24slug`)
    expect(JSON.parse(before).after).toBeNull()
    expect(before).not.toMatch(/"worked"|"rubric"\s*:\s*\[|"reference"\s*:\s*\[/)
    expect((await post(`/design/${slug}`, form('save'))).status).toBe(200)
    expect(JSON.parse(await get(`/design/${slug}?_data=routes%2Fdesign.%24slug`)).after).toBeNull()
  }, 60_000)

  it('refuses an unreadable estimate with a sentence, then grades with units and tolerances', async () => {
    const bad = await post(`/design/${slug}`, form('submit', { 'estimate-storage': 'lots of disks' }))
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).errors['estimate-storage']).toMatch(/\w+ \w+/)
    expect((await post(`/design/${slug}`, form('submit', { 'estimate-storage': '3000 GB' }))).status).toBe(200)
    const after = JSON.parse(await get(`/design/${slug}?_data=routes%2Fdesign.%24slug`)).after as { grades: { id: string; verdict: string }[] }
    expect(Object.fromEntries(after.grades.map((g) => [g.id, g.verdict]))).toMatchObject({ 'write-rate': 'within', storage: 'within', 'redirect-rate': 'invalid' })
  }, 60_000)

  it('saves the rubric self-score and keeps it through a revision', async () => {
    const rubric = new URLSearchParams({ intent: 'rubric' })
    const data = JSON.parse(await get(`/design/${slug}?_data=routes%2Fdesign.%24slug`)) as { after: { rubric: { id: string; weight: number }[] } }
    for (const c of data.after.rubric) rubric.set(`rubric-${c.id}`, '1')
    expect((await post(`/design/${slug}`, rubric)).status).toBe(200)
    expect((await post(`/design/${slug}`, form('submit', { 'section-requirements': 'Revised: links never expire; p99 redirect under 50 ms.' }))).status).toBe(200)
    const answer = JSON.parse(await get(`/design/${slug}?_data=routes%2Fdesign.%24slug`)).answer as { revision: number; rubricScore: number; sections: Record<string, string> }
    expect(answer.revision).toBe(2)
    expect(answer.rubricScore).toBe(50)
    expect(answer.sections.requirements).toContain('Revised')
  }, 60_000)
})
