import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJudgePool, type JudgePool } from '~/judge/pool.server'
import { type BrowserSimManifest, type BrowserSimReply } from '~/sim/browser/protocol'
import { createBrowserSimRunner } from '~/sim/browser/runner'
import { fingerprintResult } from '~/sim/results'
import { type SimRequest, type SimResult, type WorkloadInput } from '~/sim/types'

// "Run in browser" and "Replay with this seed" must give exactly what the server's judge gives: same
// simulator, same QuickJS build, same trace. Checked for the runner module and for the built bundle.
const outDir = mkdtempSync(path.join(os.tmpdir(), 'drill-browser-sim-'))
const wasmPath = createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm')
const challenges = path.resolve('problems/distributed-systems')
let pool: JudgePool

beforeAll(() => {
  pool = createJudgePool({ workers: 2 })
})
afterAll(async () => {
  await pool?.close()
  rmSync(outDir, { recursive: true, force: true })
})

function challenge(slug: string, file: string, seed?: number): SimRequest {
  const workload = JSON.parse(
    readFileSync(path.join(challenges, slug, 'workload.json'), 'utf8'),
  ) as WorkloadInput
  return {
    code: readFileSync(path.join(challenges, slug, file), 'utf8'),
    language: 'typescript',
    workload,
    seed: seed ?? workload.seeds?.[0] ?? 1,
  }
}

async function runBrowserRunner(request: SimRequest): Promise<SimResult> {
  const handle = createBrowserSimRunner(async () => WebAssembly.compile(readFileSync(wasmPath)))
  const replies: BrowserSimReply[] = []
  await handle({ id: 1, request, wasmUrl: 'quickjs.wasm' }, (reply) => replies.push(reply))
  const final = replies.at(-1)!
  if (final.type !== 'result') throw new Error(`browser runner failed: ${JSON.stringify(final)}`)
  return final.result
}

describe('the browser simulator runner', { timeout: 60_000 }, () => {
  const cases: Array<[string, SimRequest]> = [
    ['a passing echo', challenge('echo', 'solution.ts')],
    [
      'broadcast under partitions (a wrong solution)',
      challenge('broadcast-partitions', 'wrong/no-retries.ts', 2),
    ],
    ['a counter on seq-kv under partitions', challenge('g-counter', 'solution.ts', 3)],
    ['a leader under crashes', challenge('leader-kv', 'wrong/follower-reads.ts')],
  ]
  for (const [what, request] of cases) {
    it(`reproduces the server's run for ${what}, trace included`, async () => {
      const [server, browser] = await Promise.all([
        pool.simulate(request),
        runBrowserRunner(request),
      ])
      expect(browser.verdict).toBe(server.verdict)
      expect(JSON.stringify(browser.trace)).toBe(JSON.stringify(server.trace))
      expect(fingerprintResult(browser)).toBe(fingerprintResult(server))
    })
  }
})

describe('the built browser bundle', () => {
  it(
    'is content-hashed, named in the manifest, and runs a visible workload like the server',
    { timeout: 120_000 },
    async () => {
      execFileSync(
        process.execPath,
        ['scripts/build-judge-worker.mjs', '--server-out', outDir, '--public-out', outDir],
        { stdio: 'pipe' },
      )
      const manifest = JSON.parse(
        readFileSync(path.join(outDir, 'manifest.json'), 'utf8'),
      ) as BrowserSimManifest
      expect(manifest.sim).toMatch(/^sim-worker-[A-Z0-9]{8}\.js$/)
      expect(manifest.wasm).toMatch(/^quickjs-[0-9a-f]{12}\.wasm$/)

      // Load the bundle as a Web Worker would: a `self` to post to, and fetch() for the wasm URL.
      const replies: BrowserSimReply[] = []
      const scope = {
        postMessage: (reply: BrowserSimReply) => replies.push(reply),
        onmessage: undefined as ((event: { data: unknown }) => void) | undefined,
      }
      const globals = globalThis as unknown as { self?: unknown; fetch: typeof fetch }
      const realFetch = globals.fetch
      globals.self = scope
      globals.fetch = (async (url: string) =>
        new Response(readFileSync(fileURLToPath(url)))) as typeof fetch
      try {
        await import(pathToFileURL(path.join(outDir, manifest.sim)).href)
        const request = challenge('broadcast-multi', 'wrong/one-hop.ts')
        scope.onmessage!({
          data: { id: 3, request, wasmUrl: pathToFileURL(path.join(outDir, manifest.wasm)).href },
        })
        await expect.poll(() => replies.length, { timeout: 60_000 }).toBe(1)
        const reply = replies[0]!
        if (reply.type !== 'result') throw new Error(`the bundle failed: ${reply.message}`)
        expect(reply.id).toBe(3)
        const server = await pool.simulate(request)
        expect(reply.result.verdict).toBe('failed')
        expect(fingerprintResult(reply.result)).toBe(fingerprintResult(server))
      } finally {
        globals.fetch = realFetch
        delete globals.self
      }
    },
  )
})
