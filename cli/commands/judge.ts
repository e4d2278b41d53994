import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { type Command } from 'commander'
import { formatContentError } from '~/content/errors'
import { loadContent } from '~/content/loader'
import { type SimProblem } from '~/content/types'
import { formatOps, formatRelativeCost } from '~/judge/budget'
import { type JudgeResult } from '~/judge/types'
import { UsageError } from './errors'
import { openJudgePool, printTable, resolveContentRoot } from './problems'

/** `drill judge <slug> <file>`: judge a solution file against every test of a problem, hidden ones included. */
export function registerJudgeCommand(program: Command) {
  program
    .command('judge')
    .description(
      'Judge a solution file against all tests of a problem (exit 0 accepted, 1 otherwise, 2 usage)',
    )
    .argument('<problem-slug>', 'the problem, e.g. two-sum')
    .argument(
      '<file>',
      'a .ts or .js file defining the entry function or class (for a sim problem: main(node))',
    )
    .option('--json', 'print the result as JSON')
    .option('--root <dir>', 'content folder (default: ./problems)')
    .action(async (slug: string, file: string, opts: { json?: boolean; root?: string }) => {
      if (!/\.(ts|js)$/.test(file)) throw new UsageError(`${file} must be a .ts or .js file.`)
      if (!existsSync(file) || !statSync(file).isFile())
        throw new UsageError(`${file} does not exist.`)
      const root = resolveContentRoot(opts.root)
      const content = loadContent({ root })
      const problem = content.problems.find((candidate) => candidate.slug === slug)
      if (!problem) {
        const errors = content.errors.filter((error) => error.slug === slug)
        if (errors.length === 0)
          throw new UsageError(
            `There is no problem "${slug}" in ${root}; drill problems list shows them.`,
          )
        for (const error of errors) console.error(formatContentError(error, { cwd: process.cwd() }))
        console.error(`Problem ${slug} has errors and cannot be judged.`)
        process.exitCode = 1
        return
      }
      if (problem.kind === 'sim') {
        process.exitCode = await judgeSimulation({ problem, file, json: opts.json ?? false })
        return
      }
      if (problem.kind !== 'code')
        throw new UsageError(
          `${slug} is a ${problem.kind} problem; drill judge runs code and sim problems only.`,
        )
      const code = readFileSync(file, 'utf8')
      const { prepareProblem } = await import('~/content/prepare')
      const pool = await openJudgePool()
      try {
        const prepared = await prepareProblem(problem, pool)
        if (prepared.errors.length > 0) {
          for (const error of prepared.errors)
            console.error(formatContentError(error, { cwd: process.cwd() }))
          console.error(`Problem ${slug} cannot be judged until its reference passes.`)
          process.exitCode = 1
          return
        }
        const result = await pool.judge({
          code,
          language: file.endsWith('.ts') ? 'typescript' : 'javascript',
          problem: prepared.judgeProblem,
          totalTimeMs: problem.frontmatter.limits.timeMs * prepared.judgeProblem.tests.length,
          // The CLI is the author's own tool: hidden tests may show their values.
          revealHidden: true,
        })
        if (opts.json) console.log(JSON.stringify(result, null, 2))
        else {
          const names = new Map(problem.tests.map((test) => [test.id, test.name]))
          printJudgeResult({ result, file, referenceCost: prepared.referenceCost, names })
        }
        process.exitCode = result.verdict === 'accepted' ? 0 : 1
      } finally {
        await pool.close()
      }
    })
}

/** A sim problem: every seed of its workload (an author wants all of them, not just the first failure). */
async function judgeSimulation({
  problem,
  file,
  json,
}: {
  problem: SimProblem
  file: string
  json: boolean
}): Promise<number> {
  const { judgeVerdictOf } = await import('~/sim/results')
  const code = readFileSync(file, 'utf8')
  const language = file.endsWith('.ts') ? 'typescript' : 'javascript'
  const pool = await openJudgePool()
  try {
    const results = await Promise.all(
      problem.seeds.map((seed) =>
        pool.simulate({ code, language, workload: problem.workload, seed }),
      ),
    )
    const failing = results.find((result) => result.verdict !== 'passed')
    const verdict = judgeVerdictOf(failing ?? results[results.length - 1]!)
    if (json) console.log(JSON.stringify(results, null, 2))
    else {
      printTable(
        ['seed', 'verdict', 'msgs/op', 'ms', 'explanation'],
        results.map((result) => [
          String(result.seed),
          result.verdict,
          result.stats.msgsPerOp.toFixed(2),
          result.wallMs.toFixed(0),
          result.explanation[0] ?? '',
        ]),
      )
      const passed = results.filter((result) => result.verdict === 'passed').length
      console.log(`${verdict}: ${passed}/${results.length} seeds passed.`)
    }
    return verdict === 'accepted' ? 0 : 1
  } finally {
    await pool.close()
  }
}

function preview(value: unknown) {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined')
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function printJudgeResult({
  result,
  file,
  referenceCost,
  names,
}: {
  result: JudgeResult
  file: string
  referenceCost: number
  names: Map<number, string | undefined>
}) {
  if (result.compileError) {
    const position = result.compileError.position
    console.log(
      `${file}${position ? `:${position.line}:${position.column}` : ''}: ${result.compileError.message}`,
    )
  } else {
    printTable(
      ['test', 'status', 'cost', 'budget', 'ms', 'message'],
      result.tests.map((test) => [
        names.get(test.id) ? `${test.id} ${names.get(test.id)}` : String(test.id),
        test.status,
        formatOps(test.cost),
        test.budget === undefined ? '-' : formatOps(test.budget),
        test.wallMs.toFixed(1),
        [
          test.message,
          test.status === 'wrong_answer' &&
          'expected' in test &&
          !test.message?.includes('expected')
            ? `expected ${preview(test.expected)}, got ${preview(test.actual)}`
            : '',
          test.position
            ? `(${path.basename(file)}:${test.position.line}:${test.position.column})`
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      ]),
    )
  }
  const passed = result.tests.filter((test) => test.status === 'accepted').length
  console.log(
    `${result.verdict}: ${passed}/${result.tests.length} tests passed, ${formatOps(result.cost)} (${formatRelativeCost(result.cost, referenceCost)}), ${result.timeMs.toFixed(0)} ms.`,
  )
}
