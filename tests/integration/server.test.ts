import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

describe('the HTTP server', () => {
  it('serves / and a healthy /healthz', async () => {
    expect((await fetch(server.url)).status).toBe(200)
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ ok: true, db: { ok: true } })
  })

  it('answers unknown routes with the 404 page', async () => {
    const res = await fetch(`${server.url}/no/such/page`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('We could not find that page')
  })

  it('refuses non-GET requests from another origin with 403', async () => {
    const body = new URLSearchParams({ email: 'x@example.com', password: 'whatever123' })
    const foreign = await fetch(`${server.url}/login`, { method: 'POST', body, headers: { Origin: 'https://evil.example' }, redirect: 'manual' })
    expect(foreign.status).toBe(403)
    const sameSiteFetch = await fetch(`${server.url}/login`, { method: 'POST', body, headers: { 'Sec-Fetch-Site': 'cross-site' }, redirect: 'manual' })
    expect(sameSiteFetch.status).toBe(403)
    const own = await fetch(`${server.url}/login`, { method: 'POST', body, headers: { Origin: server.url }, redirect: 'manual' })
    expect(own.status).toBe(400)
  })

  it('sends a CSP that allows Monaco workers and forbids foreign scripts', async () => {
    const csp = (await fetch(server.url)).headers.get('content-security-policy') ?? ''
    expect(csp).toContain("worker-src 'self' blob:")
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'nonce-[^']+'/)
    expect(csp).toContain("frame-ancestors 'none'")
  })

  it('caches fingerprinted build assets for a year', async () => {
    const html = await (await fetch(server.url)).text()
    const asset = /\/build\/[^"]+\.js/.exec(html)?.[0]
    expect(asset).toBeDefined()
    const res = await fetch(`${server.url}${asset}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('exports Prometheus metrics with request durations by route and status', async () => {
    await fetch(`${server.url}/`)
    const text = await (await fetch(`${server.url}/metrics`)).text()
    expect(text).toMatch(/drill_http_request_duration_seconds_count\{method="GET",route="routes\/_index",status="200"\} \d+/)
    expect(text).toContain('process_resident_memory_bytes')
  })
})

describe('start-up and shutdown', () => {
  it('stops with a message naming the path when the database file is corrupt', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drill-bad-'))
    const file = path.join(dir, 'drill.db')
    fs.writeFileSync(file, 'garbage '.repeat(1000))
    await expect(startTestServer({ DATABASE_PATH: file })).rejects.toThrow(new RegExp(`exited with 1[\\s\\S]*Cannot open the database ${file}`))
  })

  it('stops with a message naming a bad variable', async () => {
    await expect(startTestServer({ ALLOW_SIGNUP: 'sometimes' })).rejects.toThrow(/exited with 1[\s\S]*ALLOW_SIGNUP/)
  })

  it('finishes in-flight requests on SIGTERM, then exits 0 and releases the database', async () => {
    const own = await startTestServer()
    const inFlight = fetch(`${own.url}/`)
    await new Promise((r) => setTimeout(r, 5))
    const exit = own.stop('SIGTERM')
    expect((await inFlight).status).toBe(200)
    expect(await exit).toBe(0)
    expect(fs.existsSync(`${own.databasePath}.server.pid`)).toBe(false)
  })
})

describe('rate limits over HTTP', () => {
  it('answers a flood of log-in posts with 429 and a Retry-After header on the page', async () => {
    const body = new URLSearchParams({ email: 'nobody@example.com', password: 'wrong password' })
    let last: Response | undefined
    for (let i = 0; i < 11; i++) {
      last = await fetch(`${server.url}/login`, { method: 'POST', body, headers: { Origin: server.url }, redirect: 'manual' })
    }
    expect(last!.status).toBe(429)
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await last!.text()).toContain('Too many attempts')
  })
})
