import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type Command } from 'commander'
import { type CheckReport } from '~/content/check'
import { formatContentError } from '~/content/errors'
import { listProblemSummaries } from '~/content/list'
import { loadContent } from '~/content/loader'
import { scaffoldProblem, ScaffoldUsageError } from '~/content/scaffold'
import { harnesses, slugSchema } from '~/content/schema'
import { formatOps } from '~/judge/budget'
import { UsageError } from './errors'

/** The content folder: `--root`, else DRILL_PROBLEMS_DIR, else CONTENT_DIR (the server's), else ./problems. */
export function resolveContentRoot(root?: string) {
  return path.resolve(
    root ?? process.env.DRILL_PROBLEMS_DIR ?? process.env.CONTENT_DIR ?? 'problems',
  )
}

/** Starts the judge pool only for the commands that run code (loading QuickJS is not free). */
export async function openJudgePool() {
  const { createJudgePool } = await import('~/judge/pool.server')
  return createJudgePool({ queueLimit: 10_000 })
}

/** `drill problems list|new|check|export|import|import-exercism`. */
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

  registerMoveCommands(problems)
}

function registerMoveCommands(problems: Command) {
  problems
    .command('export')
    .description(
      'Write a .tar.gz of problems in the folder format: the given slugs, a whole track, or everything',
    )
    .argument('[slugs...]', 'problem slugs (default: every problem and track, unless --track)')
    .option('--track <slug>', 'every problem of the track, with the track file')
    .requiredOption('--out <file>', 'the archive to write, e.g. my-problems.tar.gz')
    .option('--root <dir>', 'content folder (default: ./problems)')
    .action(async (slugs: string[], opts: { track?: string; out: string; root?: string }) => {
      const { exportArchive, ArchiveUsageError, ExportError } = await import('~/content/archive')
      try {
        const result = await exportArchive({
          root: resolveContentRoot(opts.root),
          slugs,
          track: opts.track,
          out: opts.out,
        })
        const names = (items: { slug: string }[]) =>
          items.length > 0 ? ` (${items.map((item) => item.slug).join(', ')})` : ''
        console.log(
          `Exported ${count(result.problems.length, 'problem')}${names(result.problems)} and ${count(result.tracks.length, 'track')}${names(result.tracks)} to ${showPath(result.out)} (${formatBytes(result.bytes)}).`,
        )
      } catch (error) {
        if (error instanceof ArchiveUsageError) throw new UsageError(error.message)
        if (!(error instanceof ExportError)) throw error
        const cwd = process.cwd()
        for (const item of error.errors) console.log(formatContentError(item, { cwd }))
        console.log(`FAILED: ${count(error.errors.length, 'error')}; no archive was written.`)
        process.exitCode = 1
      }
    })

  problems
    .command('import')
    .description(
      'Check every problem and track of an archive like `check` does, then add them all, or nothing (exit 1 listing every error)',
    )
    .argument('<archive>', 'a .tar.gz written by drill problems export')
    .option('--dry-run', 'check everything, write nothing')
    .option(
      '--replace',
      'let the archive replace problems and tracks that exist with other content (a problem becomes a new version on the next sync)',
    )
    .option('--root <dir>', 'content folder (default: ./problems)')
    .action(
      async (archive: string, opts: { dryRun?: boolean; replace?: boolean; root?: string }) => {
        const { importArchive, ArchiveUsageError } = await import('~/content/archive')
        const root = resolveContentRoot(opts.root)
        let result: Awaited<ReturnType<typeof importArchive>>
        try {
          result = await importArchive({
            archive,
            root,
            dryRun: opts.dryRun ?? false,
            replace: opts.replace ?? false,
          })
        } catch (error) {
          if (error instanceof ArchiveUsageError) throw new UsageError(error.message)
          throw error
        }
        if (result.errors.length > 0) {
          for (const error of result.errors) console.log(formatContentError(error))
          console.log(
            `FAILED: ${count(result.errors.length, 'error')} in ${archive}; nothing was imported.`,
          )
          process.exitCode = 1
          return
        }
        const list = (slugs: string[]) => (slugs.length > 0 ? `: ${slugs.join(', ')}` : '')
        const verb = result.dryRun ? 'Would import' : 'Imported'
        console.log(
          `${verb} ${count(result.imported.length, 'problem')} into ${showPath(root)}${list(result.imported)}.`,
        )
        if (result.replaced.length > 0)
          console.log(
            `${result.dryRun ? 'Would replace' : 'Replaced'}${list(result.replaced)} (each becomes a new version on the next sync).`,
          )
        if (result.unchanged.length > 0)
          console.log(`Already there, unchanged${list(result.unchanged)}.`)
        if (result.tracks.length > 0)
          console.log(`${result.dryRun ? 'Would write' : 'Wrote'} tracks${list(result.tracks)}.`)
      },
    )

  problems
    .command('import-exercism')
    .description(
      'Turn an Exercism canonical-data.json into a code problem folder; you then write the statement and reference',
    )
    .argument(
      '<canonical-data>',
      "the exercise's canonical-data.json from exercism/problem-specifications",
    )
    .requiredOption('--slug <slug>', 'the new problem slug, lowercase words joined by -')
    .option('--area <area>', 'the area folder to create it in', 'exercism')
    .option('--property <name>', 'which property to import, when the cases test several')
    .option(
      '--error-cases <mode>',
      'cases expecting an error: skip (listed in tests.yaml) | checker (the function returns { error })',
      'skip',
    )
    .option('--root <dir>', 'content folder (default: ./problems)')
    .action(
      async (
        file: string,
        opts: { slug: string; area: string; property?: string; errorCases: string; root?: string },
      ) => {
        const {
          importCanonicalData,
          writeImportedProblem,
          ExercismImportError,
          ExistingProblemError,
        } = await import('~/content/exercism')
        if (!existsSync(file)) throw new UsageError(`${file} does not exist.`)
        if (opts.errorCases !== 'skip' && opts.errorCases !== 'checker')
          throw new UsageError('--error-cases must be skip or checker.')
        if (!slugSchema.safeParse(opts.slug).success)
          throw new UsageError(
            `"${opts.slug}" is not a valid slug: use lowercase words joined by - (like "two-sum").`,
          )
        if (!slugSchema.safeParse(opts.area).success || opts.area === 'tracks')
          throw new UsageError(
            `"${opts.area}" is not a valid area: use lowercase words joined by -.`,
          )
        try {
          const imported = importCanonicalData({
            json: readFileSync(file, 'utf8'),
            slug: opts.slug,
            area: opts.area,
            property: opts.property,
            errorCases: opts.errorCases,
          })
          const dir = writeImportedProblem({ root: resolveContentRoot(opts.root), imported })
          const shown = showPath(dir)
          console.log(
            `Created ${shown}/ with ${imported.tests.length} tests of ${imported.property}: ${imported.signature}`,
          )
          for (const note of imported.notes) console.log(`  - ${note}`)
          console.log(
            `Write every TODO(author) (statement, reference solution, hints, editorial), add ${opts.slug} to a track, then run: npx drill problems check ${shown}`,
          )
        } catch (error) {
          if (error instanceof ExistingProblemError) throw new UsageError(error.message)
          if (!(error instanceof ExercismImportError)) throw error
          for (const problem of error.problems) console.log(`${file}: ${problem}`)
          console.log(`FAILED: ${count(error.problems.length, 'error')}; nothing was written.`)
          process.exitCode = 1
        }
      },
    )
}

function count(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Relative to the working directory when it is below it, otherwise absolute. */
function showPath(file: string) {
  const relative = path.relative(process.cwd(), file)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

function formatBytes(bytes: number) {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`
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
    const sim = problem.sim
    const facts = problem.incident
      ? `ideal ${problem.incident.idealScores.join('/')}, bad ${problem.incident.badScores.join('/')} (seeds ${problem.incident.seeds.join(', ')}), replay ${problem.incident.replayMs.toFixed(1)} ms`
      : sim
        ? `seeds ${sim.seeds.join(', ')}: reference ${sim.reference.map((run) => run.verdict).join('/')}, ${sim.wrong.filter((wrong) => wrong.verdict !== 'accepted').length}/${sim.wrong.length} wrong rejected, ${sim.deterministic ? 'identical trace on rerun' : 'TRACE DIFFERS on rerun'}, slowest run ${(sim.maxRunMs / 1000).toFixed(1)} s (limit ${(sim.wallLimitMs / 1000).toFixed(0)} s)`
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
