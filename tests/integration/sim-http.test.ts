import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type StoredSimResult } from '~/sim/results'
import { signUpOverHttp } from '../support/http-client'
import { startTestServer, type TestServer } from '../support/server'

// A sim challenge end to end over HTTP: the page, a plain form post of a wrong and then a right node
// program, the verdicts, and the stored result (explanation, seed, stats, trace) behind them.
const dir = path.resolve('problems/distributed-systems/broadcast-single')
const wrong = fs.readFileSync(path.join(dir, 'wrong/last-only.ts'), 'utf8')
const right = fs.readFileSync(path.join(dir, 'solution.ts'), 'utf8')

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ JUDGE_WORKERS: '1' })
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

interface Row {
  status: string
  verdict: string | null
  message: string | null
  result: string | null
  problem_id: number
  user_id: number
}

function submissionRow(id: number): Row | undefined {
  const db = new Database(server.databasePath, { readonly: true })
  try {
    return db
      .prepare(
        'SELECT status, verdict, message, result, problem_id, user_id FROM submissions WHERE id = ?',
      )
      .get(id) as Row | undefined
  } finally {
    db.close()
  }
}

function reviewCards(userId: number, problemId: number) {
  const db = new Database(server.databasePath, { readonly: true })
  try {
    return (
      db
        .prepare('SELECT count(*) AS n FROM review_cards WHERE user_id = ? AND problem_id = ?')
        .get(userId, problemId) as { n: number }
    ).n
  } finally {
    db.close()
  }
}

async function judged(id: number) {
  const deadline = Date.now() + 90_000
  for (;;) {
    const row = submissionRow(id)
    if (row && (row.status === 'done' || row.status === 'failed')) return row
    if (Date.now() > deadline) throw new Error(`submission ${id} was not judged in 90 s`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function submit(cookie: string, code: string) {
  // A plain form post, as a browser without JavaScript sends it.
  const res = await fetch(`${server.url}/sim/broadcast-single`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      Origin: server.url,
      Cookie: cookie,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ intent: 'submit', code, language: 'typescript', mode: 'practice' }),
  })
  expect(res.status).toBe(302)
  const location = res.headers.get('location')!
  expect(location).toMatch(/^\/submissions\/\d+$/)
  return Number(location.split('/').pop())
}

async function page(url: string, cookie?: string) {
  const res = await fetch(`${server.url}${url}`, {
    redirect: 'manual',
    headers: cookie ? { Cookie: cookie } : {},
  })
  return { status: res.status, location: res.headers.get('location'), html: await res.text() }
}

describe('a sim challenge over HTTP', () => {
  it('sends /problems/<slug> to the sim page, which shows the workload but never the reference', async () => {
    const redirected = await page('/problems/broadcast-single')
    expect(redirected.status).toBe(302)
    expect(redirected.location).toBe('/sim/broadcast-single')
    const sim = await page('/sim/broadcast-single')
    expect(sim.status).toBe(200)
    expect(sim.html).toContain('Single-node broadcast')
    expect(sim.html).toContain('A submission runs on seeds 1, 2.')
    expect(sim.html).not.toContain('messages: [...messages]')
    expect(sim.html).not.toContain('Keeps only the latest message')
  })

  it(
    'judges a wrong solution as wrong_answer and a right one as accepted, storing the run',
    { timeout: 180_000 },
    async () => {
      const cookie = await signUpOverHttp(server.url, 'sim@example.com')

      const wrongId = await submit(cookie, wrong)
      const wrongRow = await judged(wrongId)
      expect(wrongRow.status).toBe('done')
      expect(wrongRow.verdict).toBe('wrong_answer')
      const failing = JSON.parse(wrongRow.result!) as StoredSimResult
      expect(failing.verdict).toBe('failed')
      expect(failing.seed).toBe(1)
      expect(failing.runs).toEqual([{ seed: 1, verdict: 'failed', wallMs: failing.wallMs }])
      expect(failing.explanation[0]).toMatch(/elements were lost/)
      // The message is the explanation's first sentence.
      expect(failing.explanation[0]!.startsWith(wrongRow.message!)).toBe(true)
      expect(wrongRow.message).toMatch(/\.$/)
      expect(failing.trace.messages.length).toBeGreaterThan(0)
      expect(failing.fingerprint).toMatch(/^[0-9a-f]{16}$/)
      expect(failing.stats.ops.total).toBeGreaterThan(0)
      expect(reviewCards(wrongRow.user_id, wrongRow.problem_id)).toBe(0)

      const shown = await page(`/submissions/${wrongId}`, cookie)
      expect(shown.status).toBe(200)
      expect(shown.html).toContain('Wrong answer')
      expect(shown.html).toContain('data-testid="sim-diagram"')
      expect(shown.html).toContain('type="range"')
      expect(shown.html).toContain(`data-testid="submission-seed">1</span>`)

      const rightId = await submit(cookie, right)
      const rightRow = await judged(rightId)
      expect(rightRow.verdict).toBe('accepted')
      const passing = JSON.parse(rightRow.result!) as StoredSimResult
      expect(passing.runs!.map((run) => [run.seed, run.verdict])).toEqual([
        [1, 'passed'],
        [2, 'passed'],
      ])
      expect(passing.seed).toBe(2)
      expect(rightRow.message).toMatch(/none was lost/)
      // An accepted solve enters the review schedule in the same transaction as its verdict.
      expect(reviewCards(rightRow.user_id, rightRow.problem_id)).toBe(1)
    },
  )
})
