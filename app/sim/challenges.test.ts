import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseWorkloadConfig } from './config'
import { createSimulator, type Simulator } from './simulation'
import { type SimResult, type WorkloadInput } from './types'

// The challenges of the distributed-systems track, staged here until they move to problems/: every
// reference passes on every seed its workload names, and every wrong solution fails on at least one.
const root = fileURLToPath(new URL('./challenges', import.meta.url))
const slugs = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

/** Generous: a run stops itself at 10 s of wall time; this only catches a hung simulator. */
const BACKSTOP_MS = 30_000

let simulator: Simulator
beforeAll(async () => {
  simulator = await createSimulator()
})

function runAll(
  code: string,
  workload: WorkloadInput,
  seeds: number[],
  stopAtFailure: boolean,
): SimResult[] {
  const results: SimResult[] = []
  for (const seed of seeds) {
    // The verdict must not depend on the machine: the wall-clock limit is lifted, the backstop stays.
    const result = simulator.run({ code, workload, seed, limits: { wallMs: 120_000 } })
    expect(result.wallMs, `seed ${seed} took ${result.wallMs} ms`).toBeLessThan(BACKSTOP_MS)
    results.push(result)
    if (stopAtFailure && result.verdict !== 'passed') break
  }
  return results
}

it('stages the nine challenges of the track', () => {
  expect(slugs).toEqual([
    'broadcast-efficient',
    'broadcast-multi',
    'broadcast-partitions',
    'broadcast-single',
    'echo',
    'g-counter',
    'kafka-log',
    'leader-kv',
    'unique-ids',
  ])
})

describe.each(slugs)('%s', (slug) => {
  const dir = path.join(root, slug)
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8')
  const workload = JSON.parse(read('workload.json')) as WorkloadInput
  const config = parseWorkloadConfig(workload)
  const wrongs = existsSync(path.join(dir, 'wrong'))
    ? readdirSync(path.join(dir, 'wrong')).sort()
    : []

  it('has a statement, a starter, a reference and at least one wrong solution', () => {
    expect(read('problem.md')).toMatch(new RegExp(`^---\\nslug: ${slug}\\n`))
    expect(read('starter.ts')).toMatch(/export function main\(node: Node\)/)
    expect(wrongs.length).toBeGreaterThanOrEqual(1)
  })

  it(`the reference passes on every seed (${config.seeds.join(', ')})`, () => {
    for (const result of runAll(read('solution.ts'), workload, config.seeds, false)) {
      expect(result.verdict, `seed ${result.seed}: ${result.explanation.join(' ')}`).toBe('passed')
    }
  }, 180_000)

  it('the starter does not pass', () => {
    const [result] = runAll(read('starter.ts'), workload, config.seeds.slice(0, 1), true)
    expect(result!.verdict).toBe('failed')
  }, 60_000)

  it.each(wrongs)(
    'rejects wrong/%s with an explanation',
    (wrong) => {
      const results = runAll(read(`wrong/${wrong}`), workload, config.seeds, true)
      const rejected = results.find((result) => result.verdict !== 'passed')
      expect(rejected, `wrong/${wrong} passed on every seed`).toBeDefined()
      expect(rejected!.verdict).toBe('failed')
      expect(rejected!.explanation[0]).toMatch(/\.$/)
    },
    180_000,
  )
})
