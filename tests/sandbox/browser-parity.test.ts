import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserJudgeManifest, type BrowserJudgeReply } from '~/judge/browser/protocol'
import { createBrowserRunner } from '~/judge/browser/runner'
import { createJudgePool, type JudgePool } from '~/judge/pool.server'
import {
  type JudgeProblem,
  type JudgeRequest,
  type JudgeResult,
  type TestResult,
} from '~/judge/types'
import { twoSumSmall, twoSumSolution, twoSumWrong } from '../fixtures/judge/problems'

// "Run" in the browser must say exactly what "Submit" says about the visible tests: same engine, same
// harness, same QuickJS build. Checked here for the runner module and for the built bundle itself.
const outDir = mkdtempSync(path.join(os.tmpdir(), 'drill-browser-judge-'))
const wasmPath = createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm')
let pool: JudgePool

beforeAll(() => {
  pool = createJudgePool({ workers: 2 })
})

afterAll(async () => {
  await pool?.close()
  rmSync(outDir, { recursive: true, force: true })
})

const visibleOnly = (problem: JudgeProblem): JudgeProblem => ({
  ...problem,
  tests: problem.tests.filter((test) => test.visible),
})
const withoutTiming = (test: TestResult) => {
  const { wallMs: _wallMs, ...rest } = test
  return rest
}

const submissions: Array<[string, string]> = [
  ['the reference', twoSumSolution],
  [
    'a wrong solution that logs',
    `${twoSumWrong('sorted-indices').replace('{', '{\n  console.log("sorted", nums.length)')}`,
  ],
  [
    'a solution that throws on one test',
    'function twoSum(nums: number[], target: number): number[] {\n  if (nums.length === 9) throw new TypeError("nine")\n  let spin = 0\n  for (let i = 0; i < 50000; i++) spin += i\n  return [nums.indexOf(1000 + (target - 3000) / 2), nums.indexOf(2000 + (target - 3000) / 2)]\n}',
  ],
]

async function runBrowserRunner(
  request: JudgeRequest,
): Promise<{ result: JudgeResult; progress: TestResult[] }> {
  const handle = createBrowserRunner(async () => WebAssembly.compile(readFileSync(wasmPath)))
  const replies: BrowserJudgeReply[] = []
  await handle({ id: 1, request, wasmUrl: 'quickjs.wasm' }, (reply) => replies.push(reply))
  const final = replies.at(-1)!
  if (final.type !== 'result') throw new Error(`browser runner failed: ${JSON.stringify(final)}`)
  return {
    result: final.result,
    progress: replies.flatMap((reply) => (reply.type === 'test' ? [reply.test] : [])),
  }
}

describe('the browser runner', () => {
  for (const [what, code] of submissions) {
    it(`gives the server's visible-test results for ${what}`, async () => {
      const problem = twoSumSmall(20)
      const server = await pool.judge({ code, language: 'typescript', problem })
      const { result: browser, progress } = await runBrowserRunner({
        code,
        language: 'typescript',
        problem: visibleOnly(problem),
      })
      const serverVisible = server.tests.filter(
        (test) => problem.tests.find((t) => t.id === test.id)!.visible,
      )
      expect(browser.tests.map(withoutTiming)).toEqual(serverVisible.map(withoutTiming))
      expect(progress.map(withoutTiming)).toEqual(browser.tests.map(withoutTiming))
    })
  }
})

describe('the built browser bundle', () => {
  it('is content-hashed, ships the wasm from our origin and judges like the server', async () => {
    execFileSync(
      process.execPath,
      ['scripts/build-judge-worker.mjs', '--server-out', outDir, '--public-out', outDir],
      { stdio: 'pipe' },
    )
    const manifest = JSON.parse(
      readFileSync(path.join(outDir, 'manifest.json'), 'utf8'),
    ) as BrowserJudgeManifest
    expect(manifest.worker).toMatch(/^worker-[A-Z0-9]{8}\.js$/)
    expect(manifest.wasm).toMatch(/^quickjs-[0-9a-f]{12}\.wasm$/)
    expect(readFileSync(path.join(outDir, manifest.wasm)).equals(readFileSync(wasmPath))).toBe(true)
    expect(existsSync(path.join(outDir, 'worker.mjs'))).toBe(true)

    // Load the bundle as a Web Worker would: a `self` to post to, and fetch() for the wasm URL.
    const replies: BrowserJudgeReply[] = []
    const scope = {
      postMessage: (reply: BrowserJudgeReply) => replies.push(reply),
      onmessage: undefined as ((event: { data: unknown }) => void) | undefined,
    }
    const globals = globalThis as unknown as { self?: unknown; fetch: typeof fetch }
    const realFetch = globals.fetch
    globals.self = scope
    globals.fetch = (async (url: string) =>
      new Response(readFileSync(fileURLToPath(url)))) as typeof fetch
    try {
      await import(pathToFileURL(path.join(outDir, manifest.worker)).href)
      const problem = twoSumSmall(20)
      const request: JudgeRequest = {
        code: twoSumSolution,
        language: 'typescript',
        problem: visibleOnly(problem),
      }
      scope.onmessage!({
        data: { id: 7, request, wasmUrl: pathToFileURL(path.join(outDir, manifest.wasm)).href },
      })
      await expect
        .poll(() => replies.some((reply) => reply.type !== 'test'), { timeout: 20_000 })
        .toBe(true)
      const final = replies.find((reply) => reply.type !== 'test')!
      expect(final.type).toBe('result')
      const server = await pool.judge({ code: twoSumSolution, language: 'typescript', problem })
      const browser = (final as { result: JudgeResult }).result
      expect(browser.tests.map(withoutTiming)).toEqual(
        server.tests.filter((test) => test.id <= 3).map(withoutTiming),
      )
    } finally {
      globals.fetch = realFetch
      delete globals.self
    }
  })
})
