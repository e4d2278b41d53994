import path from 'node:path'
import { type Command } from 'commander'
import { type CheckReport } from '~/content/check'
import { formatContentError } from '~/content/errors'
import { listProblemSummaries } from '~/content/list'
import { loadContent } from '~/content/loader'
import { scaffoldProblem, ScaffoldUsageError } from '~/content/scaffold'
import { harnesses } from '~/content/schema'
import { formatOps } from '~/judge/budget'
import { UsageError } from './errors'

/** The content folder: `--root`, else DRILL_PROBLEMS_DIR, else ./problems. */
export function resolveContentRoot(root?: string) {
  return path.resolve(root ?? process.env.DRILL_PROBLEMS_DIR ?? 'problems')
}

/** Starts the judge pool only for the commands that run code (loading QuickJS is not free). */
export async function openJudgePool() {
  const { createJudgePool } = await import('~/judge/pool.server')
  return createJudgePool({ queueLimit: 10_000 })
}

/** `drill problems list|new|check`. */
export function registerProblemsCommands(program: Command) {
  const problems = program
    .command('problems')
    .description('Validate, list and scaffold the problems in problems/')

  problems
    .command('check')
    .description(
      'Validate problems and tracks, run references and wrong solutions, calibrate budgets (exit 1 on any failure)',
    )
    .argument(
      '[paths...]',
      'problem folders, area folders, track files or content folders (default: ./problems)',
    )
    .option('--json', 'print the report as JSON')
    .option('--warnings', 'print warnings too (they never fail the check)')
    .action(async (paths: string[], opts: { json?: boolean; warnings?: boolean }) => {
      const targets = paths.length > 0 ? paths : [resolveContentRoot()]
      // Loaded on demand so that list and new work without the judge, Shiki or QuickJS.
      const { checkProblems, CheckUsageError, resolveCheckPath } = await import('~/content/check')
      for (const target of targets) {
        try {
          resolveCheckPath(target)
        } catch (error) {
          if (error instanceof CheckUsageError) throw new UsageError(error.message)
          throw error
        }
      }
      const pool = await openJudgePool()
      let report: CheckReport
      try {
        report = await checkProblems({ paths: targets, judge: pool })
      } finally {
        await pool.close()
      }
      if (opts.json) console.log(JSON.stringify(toJsonReport(report), null, 2))
      else printCheckReport({ report, warnings: opts.warnings ?? false })
      process.exitCode = report.ok ? 0 : 1
    })

  problems
    .command('list')
    .description(
      'One row per problem: slug, title, kind, tracks, difficulty, tests, hidden tests, wrong solutions',
    )
    .option('--json', 'print a JSON array')
    .option('--root <dir>', 'content folder (default: ./problems)')
    .action((opts: { json?: boolean; root?: string }) => {
      const content = loadContent({ root: resolveContentRoot(opts.root) })
      const rows = listProblemSummaries({ content })
      if (opts.json) {
        console.log(JSON.stringify(rows, null, 2))
      } else {
        printTable(
          ['slug', 'kind', 'difficulty', 'tests', 'hidden', 'wrong', 'tracks', 'title'],
          rows.map((row) => [
            row.slug,
            row.kind,
            row.difficulty,
            String(row.tests),
            String(row.hiddenTests),
            String(row.wrongSolutions),
            row.tracks.join(','),
            row.title,
          ]),
        )
        console.log(`${rows.length} problems.`)
      }
      const broken = new Set(content.errors.map((error) => error.slug ?? error.file))
      if (broken.size > 0) {
        console.error(
          `${broken.size} file(s) or problem(s) have errors and are not listed; run drill problems check.`,
        )
      }
    })

  problems
    .command('new')
    .description(
      'Scaffold problems/<area>/<slug>/ with placeholders and add it to a module of the track',
    )
    .argument('<track>', 'track slug (problems/tracks/<track>.yaml)')
    .argument('<slug>', 'the new problem slug, lowercase words joined by -')
    .option('--module <slug>', 'module of the track to add it to (default: the last one)')
    .option('--harness <kind>', `${harnesses.join(' | ')}`, 'function')
    .option('--root <dir>', 'content folder (default: ./problems)')
    .action(
      (track: string, slug: string, opts: { module?: string; harness: string; root?: string }) => {
        if (!(harnesses as readonly string[]).includes(opts.harness)) {
          throw new UsageError(`--harness must be one of ${harnesses.join(', ')}.`)
        }
        try {
          const created = scaffoldProblem({
            root: resolveContentRoot(opts.root),
            track,
            slug,
            module: opts.module,
            harness: opts.harness as (typeof harnesses)[number],
          })
          const shown = path.relative(process.cwd(), created.dir) || created.dir
          console.log(`Created ${shown}/ (${created.files.join(', ')}).`)
          console.log(
            `Added ${slug} to module ${created.module} of ${path.relative(process.cwd(), created.trackFile)}.`,
          )
          console.log(
            `Replace every TODO(author) placeholder, then run: npx drill problems check ${shown}`,
          )
        } catch (error) {
          if (error instanceof ScaffoldUsageError) throw new UsageError(error.message)
          throw error
        }
      },
    )
}

/** Prints rows as aligned columns; the last column is left ragged. */
export function printTable(header: string[], rows: string[][]) {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  )
  const format = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  console.log(format(header))
  for (const row of rows) console.log(format(row))
}

function toJsonReport(report: CheckReport) {
  return {
    ...report,
    problems: report.problems.map(({ prepared: _prepared, ...problem }) => problem),
  }
}

function printCheckReport({ report, warnings }: { report: CheckReport; warnings: boolean }) {
  const cwd = process.cwd()
  const show = (error: Parameters<typeof formatContentError>[0]) =>
    `     ${formatContentError(error, { cwd })}`
  for (const error of report.errors) console.log(`FAIL ${formatContentError(error, { cwd })}`)
  for (const track of report.tracks) {
    console.log(`${track.ok ? 'OK  ' : 'FAIL'} track ${track.slug}`)
    for (const error of track.errors) console.log(show(error))
  }
  const width = Math.max(0, ...report.problems.map((problem) => problem.slug.length))
  for (const problem of report.problems) {
    const facts = problem.incident
      ? `ideal ${problem.incident.idealScores.join('/')}, bad ${problem.incident.badScores.join('/')} (seeds ${problem.incident.seeds.join(', ')}), replay ${problem.incident.replayMs.toFixed(1)} ms`
      : problem.tests === undefined
        ? ''
        : `${problem.tests} tests, ${problem.wrongSolutions.filter((wrong) => wrong.verdict !== 'accepted').length}/${problem.wrongSolutions.length} wrong rejected, reference ${formatOps(problem.referenceCost ?? 0)}, ${Math.round(problem.timings.judgeMs)} ms judging`
    console.log(`${problem.ok ? 'OK  ' : 'FAIL'} ${problem.slug.padEnd(width)}  ${facts}`.trimEnd())
    for (const error of problem.errors) console.log(show(error))
    if (warnings) for (const warning of problem.warnings) console.log(`${show(warning)} (warning)`)
  }
  const failedProblems = report.problems.filter((problem) => !problem.ok).length
  const failedTracks = report.tracks.filter((track) => !track.ok).length
  const warningCount = report.problems.reduce((sum, problem) => sum + problem.warnings.length, 0)
  const parts = [
    `${report.problems.length} problems: ${report.problems.length - failedProblems} OK, ${failedProblems} failed`,
    `${report.tracks.length} tracks: ${report.tracks.length - failedTracks} OK, ${failedTracks} failed`,
  ]
  if (report.errors.length > 0) parts.push(`${report.errors.length} other errors`)
  if (warningCount > 0 && !warnings) parts.push(`${warningCount} warnings (--warnings shows them)`)
  console.log(
    `${report.ok ? 'OK' : 'FAILED'}: ${parts.join('; ')}; ${(report.totalMs / 1000).toFixed(1)} s.`,
  )
}
