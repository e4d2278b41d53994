import { existsSync } from 'node:fs'
import path from 'node:path'
import { compileSubmission } from '~/judge/compile'
import { type Verdict } from '~/judge/types'
import {
  parseWorkloadConfig,
  resolveLimits,
  WorkloadConfigError,
  workloadSchema,
} from '~/sim/config'
import { fingerprintResult, judgeVerdictOf, simVerdictOfExpect } from '~/sim/results'
import { type Simulator } from '~/sim/simulation'
import {
  type SimRequest,
  type SimResult,
  type WorkloadConfig,
  type WorkloadInput,
} from '~/sim/types'
import { type ContentError } from './errors'
import { readText } from './files'
import { simExpectedVerdicts, type SimFrontmatter } from './schema'
import { type Hint, type SimProblem, type WrongSolution } from './types'
import { parseYamlSource, sortErrors, validateYaml } from './yaml-source'
import { keysAtPath } from './zod-keys'

/** Files of a `kind: sim` problem besides `wrong/*.ts` (at least one). */
export const simFiles = [
  'problem.md',
  'workload.json',
  'starter.ts',
  'solution.ts',
  'hints.md',
  'editorial.md',
] as const

/** Files of other kinds that a sim folder must not hold (they would be silently ignored). */
const foreignFiles = [
  'tests.yaml',
  'checker.ts',
  'scenario.yaml',
  'paths.yaml',
  'design.yaml',
  'quiz.yaml',
]

/** Runs simulations for `check`: the judge pool, or (in tests) an in-process simulator. */
export interface SimJudge {
  simulate(request: SimRequest): Promise<SimResult>
}

/** 1-based line and column of a character offset. */
function lineAt(text: string, offset: number) {
  const before = text.slice(0, Math.max(0, offset))
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/**
 * Reads workload.json: strict JSON first (a syntax error at its line), then the simulator's own schema
 * with every issue at the line of its value, then `parseWorkloadConfig` for the defaults.
 */
export function loadWorkload(file: string): {
  workload?: WorkloadInput
  config?: WorkloadConfig
  errors: ContentError[]
} {
  const text = readText(file)
  try {
    JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /at position (\d+)/.exec(message)
    const lineColumn = /line (\d+) column (\d+)/.exec(message)
    const where = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position
        ? lineAt(text, Number(position[1]))
        : { line: 1, column: 1 }
    const reason = message
      .replace(/^Unexpected token.*?,\s*/, '')
      .replace(/\s*(in JSON )?at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '')
    return {
      errors: [
        {
          file,
          ...where,
          message: `workload.json is not valid JSON: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
        },
      ],
    }
  }
  // JSON is YAML: the YAML parser keeps the positions that point an error at its line.
  const source = parseYamlSource({ file, text })
  if (source.errors.length > 0) return { errors: source.errors }
  const { errors } = validateYaml({
    source,
    schema: workloadSchema,
    knownKeys: (segments) => keysAtPath(workloadSchema, segments),
  })
  if (errors.length > 0) return { errors }
  try {
    const workload = source.value as WorkloadInput
    return { workload, config: parseWorkloadConfig(workload), errors: [] }
  } catch (error) {
    if (!(error instanceof WorkloadConfigError)) throw error
    return { errors: [{ file, line: source.locate(error.path).line, message: error.message }] }
  }
}

/** Loads the files of a `kind: sim` problem beyond problem.md; pushes every error it finds. */
export function loadSimProblem({
  dir,
  frontmatter,
  statement,
  statementLine,
  errors,
  parseHints,
  loadWrongSolutions,
  hash,
}: {
  dir: string
  frontmatter: SimFrontmatter
  statement: string
  statementLine: number
  errors: ContentError[]
  parseHints: (input: { file: string; markdown: string; errors: ContentError[] }) => Hint[]
  loadWrongSolutions: (input: { dir: string; errors: ContentError[] }) => WrongSolution[]
  hash: (dir: string) => string
}): SimProblem | undefined {
  const file = (name: string) => path.join(dir, name)
  for (const name of simFiles) {
    if (name !== 'problem.md' && !existsSync(file(name)))
      errors.push({ file: file(name), line: 1, message: `${name} is missing` })
  }
  for (const name of foreignFiles) {
    if (existsSync(file(name)))
      errors.push({
        file: file(name),
        line: 1,
        message: `${name} does not belong to a kind: sim problem (the workload is workload.json)`,
      })
  }
  const loaded = existsSync(file('workload.json'))
    ? loadWorkload(file('workload.json'))
    : { errors: [] }
  errors.push(...loaded.errors)

  const wrongSolutions = loadWrongSolutions({ dir, errors })
  for (const wrong of wrongSolutions) {
    if (!(simExpectedVerdicts as readonly string[]).includes(wrong.expect)) {
      errors.push({
        file: wrong.file,
        line: wrong.expectLine,
        message: `a sim wrong solution expects one of ${simExpectedVerdicts.join(', ')} (a failed check, a limit, an error), not "${wrong.expect}"`,
      })
    }
  }
  const read = (name: string) => (existsSync(file(name)) ? readText(file(name)) : undefined)
  const hintsText = read('hints.md')
  const hints =
    hintsText === undefined
      ? undefined
      : parseHints({ file: file('hints.md'), markdown: hintsText, errors })
  const editorial = read('editorial.md')
  if (editorial !== undefined && editorial.trim() === '')
    errors.push({ file: file('editorial.md'), line: 1, message: 'editorial.md is empty' })
  const starter = read('starter.ts')
  const solution = read('solution.ts')
  for (const [name, code] of [
    ['starter.ts', starter],
    ['solution.ts', solution],
  ] as const) {
    if (code !== undefined && !/\bfunction\s+main\s*\(|\b(const|let|var)\s+main\s*=/.test(code))
      errors.push({
        file: file(name),
        line: 1,
        message: `${name} does not define main(node), which the simulator calls on every node`,
      })
  }

  if (
    errors.length > 0 ||
    !loaded.workload ||
    !loaded.config ||
    !hints ||
    editorial === undefined ||
    starter === undefined ||
    solution === undefined
  )
    return undefined
  return {
    kind: 'sim',
    slug: frontmatter.slug,
    area: path.basename(path.dirname(dir)),
    dir,
    frontmatter,
    statement,
    statementLine,
    workload: loaded.workload,
    seeds: loaded.config.seeds,
    starter: { file: file('starter.ts'), code: starter, language: 'typescript' },
    solution: { file: file('solution.ts'), code: solution, language: 'typescript' },
    wrongSolutions,
    hints,
    editorial,
    hash: hash(dir),
  }
}

export interface SimRunSummary {
  seed: number
  verdict: SimResult['verdict']
  wallMs: number
  messages: number
  msgsPerOp: number
  /** The explanation's first sentence. */
  summary: string
}

export interface SimWrongCheck {
  name: string
  expect: WrongSolution['expect']
  /** The judge's word for the run that rejected it (`accepted` when every seed passed). */
  verdict: Verdict
  /** Seeds by the judge's word of each run made, e.g. `{ accepted: [1], wrong_answer: [2] }`. */
  seeds: Partial<Record<Verdict, number[]>>
  /** The rejecting run's first explanation sentence. */
  summary?: string
  ms: number
}

export interface SimCheckSummary {
  seeds: number[]
  reference: SimRunSummary[]
  starter?: SimRunSummary
  wrong: SimWrongCheck[]
  /** The reference's first seed, run twice, gave byte-identical results (trace included). */
  deterministic: boolean
  /** Slowest single run of the check (any file, any seed), in wall ms. */
  maxRunMs: number
  /** The workload's wall-clock limit per run (what the server gives a submission). */
  wallLimitMs: number
}

/**
 * The dynamic checks of a sim problem: the starter compiles and fails, the reference passes on every
 * seed, a repeated run is byte-identical, and every wrong solution is rejected on at least one seed with
 * the verdict its header names. Runs get 5× the workload's wall-clock limit (a busy machine must not fail
 * a good reference); a reference over half the real limit is a warning.
 */
export async function checkSimRuns({
  problem,
  judge,
  backstopFactor,
}: {
  problem: SimProblem
  judge: SimJudge
  backstopFactor: number
}): Promise<{ errors: ContentError[]; warnings: ContentError[]; summary: SimCheckSummary }> {
  const errors: ContentError[] = []
  const warnings: ContentError[] = []
  const { slug } = problem
  const at = (list: ContentError[], file: string, line: number, message: string, column?: number) =>
    list.push({ file, line, ...(column ? { column } : {}), message, slug })
  const config = parseWorkloadConfig(problem.workload)
  const wallLimitMs = resolveLimits(config).wallMs
  const limits = { wallMs: wallLimitMs * backstopFactor }
  const seeds = problem.seeds
  let maxRunMs = 0
  const run = async (code: string, language: SimRequest['language'], seed: number) => {
    const result = await judge.simulate({
      code,
      language,
      workload: problem.workload,
      seed,
      limits,
    })
    maxRunMs = Math.max(maxRunMs, result.wallMs)
    return result
  }
  const summarize = (result: SimResult): SimRunSummary => ({
    seed: result.seed,
    verdict: result.verdict,
    wallMs: result.wallMs,
    messages: result.stats.messages.total,
    msgsPerOp: result.stats.msgsPerOp,
    summary: result.explanation[0] ?? '',
  })
  const summary: SimCheckSummary = {
    seeds,
    reference: [],
    wrong: [],
    deterministic: false,
    maxRunMs: 0,
    wallLimitMs,
  }

  const starterCompiled = compileSubmission(problem.starter.code, problem.starter.language)
  if (!starterCompiled.ok) {
    at(
      errors,
      problem.starter.file,
      starterCompiled.position?.line ?? 1,
      `the starter does not compile: ${starterCompiled.message}`,
      starterCompiled.position?.column,
    )
  }

  const [reference, repeat, starter, wrong] = await Promise.all([
    Promise.all(seeds.map((seed) => run(problem.solution.code, problem.solution.language, seed))),
    run(problem.solution.code, problem.solution.language, seeds[0]!),
    starterCompiled.ok ? run(problem.starter.code, problem.starter.language, seeds[0]!) : undefined,
    Promise.all(problem.wrongSolutions.map((solution) => checkWrongSolution(solution))),
  ])

  summary.reference = reference.map(summarize)
  for (const result of reference) {
    if (result.verdict !== 'passed') {
      const position = result.error?.position
      at(
        errors,
        problem.solution.file,
        position?.line ?? 1,
        `seed ${result.seed}: the reference gets ${result.verdict} (${judgeVerdictOf(result)}): ${result.explanation.join(' ')}`,
        position?.column,
      )
    } else if (result.wallMs > wallLimitMs / 2) {
      at(
        warnings,
        problem.solution.file,
        1,
        `seed ${result.seed}: the reference took ${Math.round(result.wallMs)} ms, over half the ${wallLimitMs} ms a submission gets; a loaded server may stop it`,
      )
    }
  }
  summary.deterministic = fingerprintResult(repeat) === fingerprintResult(reference[0]!)
  if (!summary.deterministic) {
    at(
      errors,
      problem.solution.file,
      1,
      `seed ${seeds[0]}: the same code and seed gave two different results (${describeDifference(reference[0]!, repeat)}); the simulator must be deterministic, so report this as a bug in app/sim`,
    )
  }
  if (starter) {
    summary.starter = summarize(starter)
    if (starter.verdict === 'passed')
      at(
        errors,
        problem.starter.file,
        1,
        `the starter passes seed ${starter.seed}: leave the protocol to the candidate (it may compile and answer, but must fail)`,
      )
  }
  summary.wrong = wrong
  for (const check of wrong) {
    const solution = problem.wrongSolutions.find((candidate) => candidate.name === check.name)!
    if (check.verdict === 'accepted') {
      at(
        errors,
        solution.file,
        solution.expectLine,
        `the workload lacks teeth: ${check.name} passed on every seed (${seeds.join(', ')})`,
      )
    } else if (
      check.expect !== 'any' &&
      !(check.seeds[check.expect as keyof typeof check.seeds]?.length ?? 0)
    ) {
      const got = Object.entries(check.seeds)
        .filter(([verdict]) => verdict !== 'accepted')
        .map(
          ([verdict, list]) =>
            `${verdict} on seed${list!.length > 1 ? 's' : ''} ${list!.join(', ')}`,
        )
        .join(' and ')
      at(
        errors,
        solution.file,
        solution.expectLine,
        `expected ${check.expect} but got ${got}: ${check.summary ?? ''}`.trim(),
      )
    }
  }
  summary.maxRunMs = maxRunMs
  return { errors: sortErrors(errors), warnings: sortErrors(warnings), summary }

  /** Seeds in order until one rejects it with the promised verdict (or all have been run). */
  async function checkWrongSolution(solution: WrongSolution): Promise<SimWrongCheck> {
    const started = performance.now()
    const bySeed: SimWrongCheck['seeds'] = {}
    let rejecting: SimResult | undefined
    for (const seed of seeds) {
      const result = await run(solution.code, solution.language, seed)
      const verdict = judgeVerdictOf(result)
      ;(bySeed[verdict] ??= []).push(seed)
      if (result.verdict === 'passed') continue
      rejecting ??= result
      const wanted =
        solution.expect === 'any' ||
        result.verdict === simVerdictOfExpect[solution.expect as keyof typeof simVerdictOfExpect]
      if (wanted) {
        rejecting = result
        break
      }
    }
    return {
      name: solution.name,
      expect: solution.expect,
      verdict: rejecting ? judgeVerdictOf(rejecting) : 'accepted',
      seeds: bySeed,
      ...(rejecting ? { summary: rejecting.explanation[0] ?? '' } : {}),
      ms: performance.now() - started,
    }
  }
}

function describeDifference(a: SimResult, b: SimResult): string {
  const first = a.trace.messages.findIndex(
    (message, i) => JSON.stringify(message) !== JSON.stringify(b.trace.messages[i]),
  )
  if (first >= 0) return `the traces differ from message ${first}`
  if (a.trace.messages.length !== b.trace.messages.length)
    return `one trace has ${a.trace.messages.length} messages, the other ${b.trace.messages.length}`
  return 'the traces match, but the histories or stats differ'
}

/** A SimJudge on one in-process simulator (for callers without a judge pool, such as unit tests). */
export function inProcessSimJudge(): SimJudge {
  let simulator: Promise<Simulator> | undefined
  return {
    async simulate(request) {
      simulator ??= import('~/sim/simulation').then((sim) => sim.createSimulator())
      return (await simulator).run(request)
    },
  }
}
