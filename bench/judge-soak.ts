/**
 * Soak (`npx tsx bench/judge-soak.ts [count]`): runs `count` (default 1000) hostile submissions through
 * one pool, a correct one every 50, and prints the process RSS (main thread + worker threads) before,
 * at its peak and after. RSS must stay bounded (under ~300 MB): terminated or recycled workers give
 * their WASM memory back.
 */
import os from 'node:os'
import { createJudgePool } from '~/judge/pool.server'
import { type Verdict } from '~/judge/types'
import { hostileCases } from '../tests/fixtures/judge/hostile'
import { twoSumHandWritten, twoSumSolution } from '../tests/fixtures/judge/problems'

const count = Number(process.argv[2] ?? 1000)
const workers = Number(process.env.JUDGE_WORKERS ?? os.availableParallelism())
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const problem = twoSumHandWritten(300)

const pool = createJudgePool({ workers })
const reference = () => pool.judge({ code: twoSumSolution, language: 'typescript', problem })
await Promise.all(Array.from({ length: workers * 4 }, reference))
const before = process.memoryUsage().rss
let peak = before
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)

const verdicts = new Map<Verdict, number>()
const unexpected: string[] = []
let outOfTime = 0
const started = performance.now()
let next = 0
async function lane(): Promise<void> {
  while (next < count) {
    const index = next++
    const hostile = hostileCases[index % hostileCases.length]!
    const result = await pool.judge({
      code: hostile.code,
      language: 'typescript',
      problem,
      stopOnFailure: true,
      totalTimeMs: 3000,
    })
    verdicts.set(result.verdict, (verdicts.get(result.verdict) ?? 0) + 1)
    const allowed = Array.isArray(hostile.verdict) ? hostile.verdict : [hostile.verdict]
    // On a loaded machine any case may run out of wall-clock time first; count those apart.
    if (result.verdict === 'time_limit' && !allowed.includes('time_limit')) outOfTime++
    else if (!allowed.includes(result.verdict))
      unexpected.push(`${hostile.name}: ${result.verdict}`)
    if (index % 50 === 49) {
      const check = await reference()
      if (check.verdict !== 'accepted')
        unexpected.push(`reference after #${index + 1}: ${check.verdict}`)
    }
    if (index % 100 === 99)
      console.log(
        `${index + 1}/${count}  rss ${mb(process.memoryUsage().rss)}  restarts ${pool.stats().restarts}`,
      )
  }
}
await Promise.all(Array.from({ length: workers }, lane))
clearInterval(sampler)
const seconds = (performance.now() - started) / 1000
await new Promise((resolve) => setTimeout(resolve, 1000))
const after = process.memoryUsage().rss

console.log(
  `${count} hostile submissions in ${seconds.toFixed(1)} s with ${workers} workers (${hostileCases.length} kinds)`,
)
console.log(`verdicts: ${JSON.stringify(Object.fromEntries(verdicts))}`)
console.log(`worker restarts: ${JSON.stringify(pool.stats().restartsByReason)}`)
console.log(`rss before ${mb(before)}, peak ${mb(peak)}, after ${mb(after)}`)
console.log(
  `time_limit where the case expects another verdict (wall clock on a busy machine): ${outOfTime}`,
)
console.log(
  unexpected.length === 0
    ? 'every other verdict was one the case allows'
    : `unexpected: ${unexpected.join('; ')}`,
)
await pool.close()
