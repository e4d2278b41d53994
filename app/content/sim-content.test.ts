import { readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJudgePool, type JudgePool } from '~/judge/pool.server'
import { checkProblems } from './check'
import { listProblemFolders, loadTrack } from './loader'

// The bundled challenges of the distributed-systems track's simulator module pass `drill problems check`:
// every reference passes on every seed of its workload, every wrong solution is rejected, a rerun is
// byte-identical, and every run stays well inside the 10 s a submission gets.
const root = path.resolve(__dirname, '../../problems')
const slugs = [
  'echo',
  'unique-ids',
  'broadcast-single',
  'broadcast-multi',
  'broadcast-partitions',
  'broadcast-efficient',
  'g-counter',
  'kafka-log',
  'leader-kv',
]

let pool: JudgePool
beforeAll(() => {
  pool = createJudgePool({ workers: 2, queueLimit: 1000 })
})
afterAll(async () => {
  await pool?.close()
})

it('lists the nine challenges in the building-systems module of the distributed-systems track', () => {
  const knownSlugs = new Set(listProblemFolders({ root }).dirs.map((dir) => path.basename(dir)))
  const { track, errors } = loadTrack({
    file: path.join(root, 'tracks/distributed-systems.yaml'),
    knownSlugs,
  })
  expect(errors).toEqual([])
  const module = track!.modules.find((candidate) => candidate.slug === 'building-systems')!
  expect(module.title).toBe('Building systems on an unreliable network')
  expect(module.items).toEqual(slugs)
  const order = track!.modules.map((candidate) => candidate.slug)
  expect(order.indexOf('building-systems')).toBe(order.indexOf('clocks-and-replication') + 1)
  expect(order.indexOf('design-practice')).toBe(order.indexOf('building-systems') + 1)
})

describe('the bundled sim challenges', () => {
  it('pass check', { timeout: 300_000 }, async () => {
    const report = await checkProblems({
      paths: slugs.map((slug) => path.join(root, 'distributed-systems', slug)),
      judge: pool,
    })
    expect(report.problems.map((problem) => [problem.slug, problem.errors])).toEqual(
      [...slugs].sort().map((slug) => [slug, []]),
    )
    for (const problem of report.problems) {
      const sim = problem.sim!
      expect(sim.deterministic, problem.slug).toBe(true)
      expect(sim.wrong.length, problem.slug).toBeGreaterThanOrEqual(1)
      expect(
        sim.wrong.every((wrong) => wrong.verdict !== 'accepted'),
        problem.slug,
      ).toBe(true)
      // Check gives runs 5× the wall limit; on a quiet machine a run takes a small part of the real one.
      expect(sim.maxRunMs, problem.slug).toBeLessThan(sim.wallLimitMs * 5)
    }
  })
})

describe('the node programs of the bundled challenges', () => {
  it('type-check against the node API the editor shows', { timeout: 120_000 }, async () => {
    // problems/ is outside the repository's tsconfig; the candidate's editor checks these files with
    // drill-sim.d.ts, so this does too.
    const ts = (await import('typescript')).default
    const files = [
      path.resolve(__dirname, '../sim/drill-sim.d.ts'),
      ...slugs.flatMap((slug) => {
        const dir = path.join(root, 'distributed-systems', slug)
        return [
          'starter.ts',
          'solution.ts',
          ...readdirSync(path.join(dir, 'wrong')).map((name) => `wrong/${name}`),
        ].map((name) => path.join(dir, name))
      }),
    ]
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2020,
      lib: ['lib.es2020.d.ts'],
      types: [],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
    })
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.relative(root, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: `
        : ''
      return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    })
    expect(problems).toEqual([])
  })
})
