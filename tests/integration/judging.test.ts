import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../support/server'
import { signUpOverHttp, submitOverHttp } from '../support/http-client'

const twoSum = fs.readFileSync(path.resolve('problems/algorithms/two-sum/solution.ts'), 'utf8')
const slowTwoSum = fs.readFileSync(path.resolve('problems/algorithms/two-sum/wrong/all-pairs.ts'), 'utf8')
// Native work is not counted in ticks, so this holds a worker for about the wall-clock backstop.
const hogsTheWorker = 'function twoSum(nums: number[], target: number): number[] { const a = new Array(2e6).fill(7); a.sort(); a.sort(); return [] }'
const servers: TestServer[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')))
})

function rows(databasePath: string) {
  const db = new Database(databasePath, { readonly: true })
  try {
    return db.prepare('SELECT id, status, verdict FROM submissions ORDER BY id').all() as { id: number; status: string; verdict: string | null }[]
  } finally {
    db.close()
  }
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe('judging through the server', () => {
  it('loses no acknowledged submission when the server is SIGKILLed in the middle of a storm', { timeout: 240_000 }, async () => {
    const first = await startTestServer({ JUDGE_WORKERS: '1' })
    servers.push(first)
    const cookie = await signUpOverHttp(first.url, 'storm@example.com')
    const acknowledged: number[] = []
    const storm = Array.from({ length: 40 }, (_, i) =>
      submitOverHttp(first.url, cookie, 'two-sum', i % 2 ? twoSum : slowTwoSum)
        .then((r) => r.id !== undefined && acknowledged.push(r.id))
        .catch(() => undefined),
    )
    await new Promise((r) => setTimeout(r, 400))
    await first.stop('SIGKILL')
    await Promise.all(storm)
    expect(acknowledged.length).toBeGreaterThan(0)
    const stored = new Set(rows(first.databasePath).map((r) => r.id))
    for (const id of acknowledged) expect(stored.has(id), `submission ${id} was acknowledged`).toBe(true)
    expect(rows(first.databasePath).some((r) => r.status === 'queued' || r.status === 'running')).toBe(true)

    const second = await startTestServer({ DATABASE_PATH: first.databasePath, JUDGE_WORKERS: '2' })
    servers.push(second)
    const finished = await waitFor('every submission to be judged after the restart', () => {
      const all = rows(first.databasePath)
      return all.every((r) => r.status === 'done') ? all : undefined
    })
    const byId = new Map(finished.map((r) => [r.id, r]))
    for (const id of acknowledged) expect(byId.get(id)?.status).toBe('done')
    expect(new Set(finished.map((r) => r.verdict))).toEqual(new Set(['accepted', 'time_limit']))
    await second.stop('SIGKILL')
  })

  it('answers 429 with Retry-After when the queue is full, storing nothing for refused submissions', { timeout: 120_000 }, async () => {
    const server = await startTestServer({ JUDGE_WORKERS: '1', JUDGE_QUEUE_LIMIT: '2' })
    servers.push(server)
    const cookie = await signUpOverHttp(server.url, 'busy@example.com')
    const results = await Promise.all(Array.from({ length: 12 }, () => submitOverHttp(server.url, cookie, 'two-sum', hogsTheWorker)))
    const refused = results.filter((r) => r.status === 429)
    const accepted = results.filter((r) => r.status === 302)
    expect(refused.length, results.map((r) => r.status).join(' ')).toBeGreaterThan(0)
    expect(refused.length + accepted.length).toBe(12)
    expect(Number(refused[0].retryAfter)).toBeGreaterThan(0)
    expect(rows(server.databasePath)).toHaveLength(accepted.length)
  })
})
