/**
 * Judge benchmark (`npm run bench:judge`): prints figures, asserts nothing.
 *   1. a 20-test two-sum through the worker pool: ms per submission (median, p99) one at a time,
 *      and submissions/s with every worker busy, with the main thread's event-loop delay meanwhile;
 *   2. the same submission judged by spawning a fresh `node` per submission (Piston-style baseline);
 *   3. 100 reruns of one submission: identical verdict and cost every time?
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { compileSubmission } from '~/judge/compile'
import { createJudgeEngine } from '~/judge/engine'
import { createJudgePool } from '~/judge/pool.server'
import { type JudgeRequest } from '~/judge/types'
import { twoSumSmall, twoSumSolution } from '../tests/fixtures/judge/problems'

const workers = Number(process.env.JUDGE_WORKERS ?? os.availableParallelism())
const problem = twoSumSmall(20)
const request: JudgeRequest = { code: twoSumSolution, language: 'typescript', problem }
// A different text every time, so the engine's compile cache never helps: every run pays for sucrase.
let submissionNumber = 0
const fresh = (): JudgeRequest => ({
  ...request,
  code: `${twoSumSolution}\n// submission ${++submissionNumber}\n`,
})

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const fmt = (ms: number) => `${ms.toFixed(2)} ms`

console.log(
  `judge bench: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${workers} workers, load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
)

// The engine alone on this thread: CPU time per submission does not depend on how busy the machine is.
const engine = await createJudgeEngine()
for (let i = 0; i < 300; i++) engine.judge(fresh())
const inProcess: number[] = []
const cpuBefore = process.cpuUsage()
for (let i = 0; i < 1000; i++) {
  const next = fresh()
  const started = performance.now()
  engine.judge(next)
  inProcess.push(performance.now() - started)
  engine.warm()
}
const cpu = process.cpuUsage(cpuBefore)
console.log(
  `engine on one thread:     median ${fmt(quantile(inProcess, 0.5))} wall (spare sandbox ready), ${fmt((cpu.user + cpu.system) / 1000 / 1000)} CPU per submission in all`,
)

const pool = createJudgePool({ workers, queueLimit: 100_000 })

// Warm up every worker (QuickJS's wasm tiers up with use).
await Promise.all(Array.from({ length: 400 }, () => pool.judge(fresh())))

const sequential: number[] = []
for (let i = 0; i < 500; i++) {
  const next = fresh()
  const started = performance.now()
  const result = await pool.judge(next)
  sequential.push(performance.now() - started)
  if (result.verdict !== 'accepted')
    throw new Error(`reference not accepted: ${JSON.stringify(result)}`)
}
const poolMedian = quantile(sequential, 0.5)
console.log(
  `pool, one at a time:      median ${fmt(poolMedian)}  p99 ${fmt(quantile(sequential, 0.99))} per 20-test submission`,
)

const eventLoop = monitorEventLoopDelay({ resolution: 10 })
const total = 3000
let inFlight = 0
let done = 0
const saturatedStart = performance.now()
eventLoop.enable()
await new Promise<void>((resolve, reject) => {
  const launch = () => {
    while (inFlight < workers * 4 && done + inFlight < total) {
      inFlight++
      pool.judge(fresh()).then(() => {
        inFlight--
        done++
        if (done === total) resolve()
        else launch()
      }, reject)
    }
  }
  launch()
})
eventLoop.disable()
const saturatedSeconds = (performance.now() - saturatedStart) / 1000
console.log(
  `pool, all workers busy:   ${(total / saturatedSeconds).toFixed(0)} submissions/s (${total} in ${saturatedSeconds.toFixed(2)} s)`,
)
console.log(
  `main event-loop delay:    p99 ${fmt(eventLoop.percentile(99) / 1e6)}  max ${fmt(eventLoop.max / 1e6)} while saturated`,
)

// The baseline gets the type-stripped code and runs the same tests and comparison in a fresh process.
const dir = mkdtempSync(path.join(os.tmpdir(), 'drill-bench-'))
const runner = path.join(dir, 'runner.mjs')
writeFileSync(
  runner,
  `let input = ''
for await (const chunk of process.stdin) input += chunk
const { js, entry, tests } = JSON.parse(input)
const fn = new Function(js + '\\nreturn ' + entry)()
const canonical = (v) => JSON.stringify(v)
const results = tests.map((test) => {
  try {
    const actual = fn(...structuredClone(test.args))
    const ok = Array.isArray(actual) && canonical([...actual].sort()) === canonical([...test.expected].sort())
    return { id: test.id, status: ok ? 'accepted' : 'wrong_answer' }
  } catch (error) {
    return { id: test.id, status: 'runtime_error', message: String(error) }
  }
})
process.stdout.write(JSON.stringify({ verdict: results.every((r) => r.status === 'accepted') ? 'accepted' : 'wrong_answer', tests: results }))
`,
)
const compiled = compileSubmission(twoSumSolution, 'typescript')
if (!compiled.ok) throw new Error(compiled.message)
const payload = JSON.stringify({ js: compiled.js, entry: problem.entry, tests: problem.tests })
const childRun = () =>
  new Promise<number>((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [runner], { stdio: ['pipe', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk))
    child.on('error', reject)
    child.on('close', () => {
      if (!out.includes('"verdict":"accepted"')) reject(new Error(`baseline failed: ${out}`))
      else resolve(performance.now() - started)
    })
    child.stdin.end(payload)
  })
await childRun()
const childTimes: number[] = []
for (let i = 0; i < 30; i++) childTimes.push(await childRun())
rmSync(dir, { recursive: true, force: true })
const childMedian = quantile(childTimes, 0.5)
console.log(
  `node process per run:     median ${fmt(childMedian)}  p99 ${fmt(quantile(childTimes, 0.99))} per submission`,
)
console.log(`pool vs process:          ${(childMedian / poolMedian).toFixed(0)}× faster`)

// Enough interpreted work per test that costs are well above zero.
const busy = twoSumSolution.replace(
  '{',
  '{\n  let spin = 0\n  for (let i = 0; i < 40000; i++) spin += i % 3',
)
const signatures = new Map<string, number>()
const reruns = await Promise.all(
  Array.from({ length: 100 }, () => pool.judge({ ...request, code: busy })),
)
for (const result of reruns) {
  const signature = JSON.stringify([
    result.verdict,
    result.cost,
    result.tests.map((test) => [test.status, test.cost]),
  ])
  signatures.set(signature, (signatures.get(signature) ?? 0) + 1)
}
const [, mostCommon] = [...signatures.entries()].sort((a, b) => b[1] - a[1])[0]!
console.log(
  `reruns with identical verdict and cost: ${mostCommon}/100 (cost ${reruns[0]!.cost} ticks, verdict ${reruns[0]!.verdict})`,
)
console.log(`pool stats: ${JSON.stringify(pool.stats())}`)
await pool.close()
