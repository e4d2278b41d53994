import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { compileSubmission } from '~/judge/compile'
import { type JudgeRequest, type JudgeResult, type TestResult } from '~/judge/types'
import { renderMarkdown } from '~/utils/markdown.server'
import { type ContentError } from './errors'
import { checkDesign, type DesignProblem } from './design'
import { checkIncidentScenario, type IncidentCheckSummary } from './incident'
import { checkQuiz, type QuizProblem } from './quiz'
import { checkSimRuns, inProcessSimJudge, type SimCheckSummary, type SimJudge } from './sim'
import {
  listProblemFolders,
  listTrackFiles,
  listTrackItems,
  loadContent,
  tracksFolder,
} from './loader'
import {
  describeStatus,
  prepareProblem,
  relaxBackstops,
  toolBackstopFactor,
  type ContentJudge,
  type PreparedProblem,
} from './prepare'
import { type CodeProblem, type IncidentProblem, type SimProblem, type WrongSolution } from './types'
import { sortErrors } from './yaml-source'

/** Authoring standards of the bundled tracks (problems/README.md); `check` enforces them, the server does not. */
export const authoringRules = {
  minTests: 12,
  minVisibleTests: 2,
  minHints: 2,
  maxHints: 3,
} as const

export interface WrongSolutionCheck {
  name: string
  expect: WrongSolution['expect']
  verdict: JudgeResult['verdict']
  /** Failing tests by status, e.g. `{ time_limit: [12, 13] }`. */
  failing: Partial<Record<TestResult['status'], number[]>>
  ms: number
}

export interface ProblemCheck {
  slug: string
  dir: string
  ok: boolean
  errors: ContentError[]
  /** Worth fixing, but not failures: a missing naive wrong solution, a reference close to the backstop. */
  warnings: ContentError[]
  tests?: number
  referenceCost?: number
  /** Largest wall time of the reference on one test. */
  referenceMaxMs?: number
  wrongSolutions: WrongSolutionCheck[]
  /** Wall times of each step (they include waiting for a free worker), and `judgeMs`, the workers' own run time. */
  timings: {
    prepareMs: number
    verifyMs: number
    wrongMs: number
    starterMs: number
    renderMs: number
    judgeMs: number
    totalMs: number
  }
  /** The prepared problem, when it could be prepared (for callers that store budgets). */
  prepared?: PreparedProblem
  /** For incident problems: the recorded paths' scores per seed and the replay time. */
  incident?: IncidentCheckSummary
  /** For sim problems: every run's verdict per seed, determinism, the slowest run. */
  sim?: SimCheckSummary
}

export interface TrackCheck {
  slug: string
  file: string
  ok: boolean
  errors: ContentError[]
}

export interface CheckReport {
  ok: boolean
  problems: ProblemCheck[]
  tracks: TrackCheck[]
  /** Errors that belong to no single problem or track (a stray file, a missing folder). */
  errors: ContentError[]
  totalMs: number
}

/** A PATH given to `drill problems check` that is neither a problem, an area, a track nor a content folder. */
export class CheckUsageError extends Error {}

interface Selection {
  root: string
  /** Problem folders to check; `undefined` means all under the root. */
  dirs?: Set<string>
  /** Track files to check; `undefined` means all, an empty set none. */
  tracks?: Set<string>
}

/** Which content root and which problems and tracks a PATH names. */
export function resolveCheckPath(target: string): Selection {
  const resolved = path.resolve(target)
  if (!existsSync(resolved)) throw new CheckUsageError(`${target} does not exist.`)
  if (statSync(resolved).isFile()) {
    if (path.basename(path.dirname(resolved)) === tracksFolder && /\.ya?ml$/.test(resolved)) {
      return {
        root: path.dirname(path.dirname(resolved)),
        dirs: new Set(),
        tracks: new Set([resolved]),
      }
    }
    if (path.basename(resolved) === 'problem.md') return resolveCheckPath(path.dirname(resolved))
    throw new CheckUsageError(
      `${target} is a file but not a track (tracks/<slug>.yaml) or a problem.md.`,
    )
  }
  const looksLikeProblem = (dir: string) =>
    ['problem.md', 'tests.yaml', 'solution.ts'].some((name) => existsSync(path.join(dir, name)))
  if (looksLikeProblem(resolved))
    return {
      root: path.dirname(path.dirname(resolved)),
      dirs: new Set([resolved]),
      tracks: new Set(),
    }
  if (path.basename(resolved) === tracksFolder) {
    const root = path.dirname(resolved)
    return { root, dirs: new Set(), tracks: new Set(listTrackFiles({ root })) }
  }
  const children = readdirSync(resolved, { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  )
  const isArea =
    !children.some((entry) => entry.name === tracksFolder) &&
    children.some((entry) => looksLikeProblem(path.join(resolved, entry.name)))
  if (isArea) {
    const root = path.dirname(resolved)
    const dirs = listProblemFolders({ root }).dirs.filter((dir) => path.dirname(dir) === resolved)
    return { root, dirs: new Set(dirs), tracks: new Set() }
  }
  return { root: resolved }
}

/**
 * Everything `drill problems check` proves, for the problems and tracks the paths name: files and
 * references are valid, the starter compiles, the reference passes every test within its calibrated
 * budget, every wrong solution is rejected with the verdict its header promises, and the texts render.
 */
export async function checkProblems({
  paths,
  judge,
  concurrency = 4,
}: {
  paths: string[]
  /** The judge pool; without `simulate`, sim problems run on an in-process simulator. */
  judge: ContentJudge & Partial<SimJudge>
  /** Problems in flight at once; the pool's own queue spreads their runs over the workers. */
  concurrency?: number
}): Promise<CheckReport> {
  const started = performance.now()
  const selections = mergeSelections(paths.map(resolveCheckPath))
  const problems: ProblemCheck[] = []
  const tracks: TrackCheck[] = []
  const looseErrors: ContentError[] = []
  const simJudge: SimJudge =
    typeof judge.simulate === 'function' ? (judge as SimJudge) : inProcessSimJudge()

  for (const selection of selections) {
    const content = loadContent({ root: selection.root })
    const selectedDir = (dir: string) => !selection.dirs || selection.dirs.has(dir)
    const trackFiles = listTrackFiles({ root: selection.root }).filter(
      (file) => !selection.tracks || selection.tracks.has(file),
    )
    for (const file of trackFiles) {
      const errors = content.errors.filter((error) => error.file === file)
      tracks.push({
        slug: path.basename(file).replace(/\.ya?ml$/, ''),
        file,
        ok: errors.length === 0,
        errors,
      })
    }
    const trackSlugs = new Set(content.tracks.map((track) => track.slug))
    // Raw items, so that a track's broken problems are reported too (loaded tracks list only loaded ones).
    const selectedTrackItems = new Set(
      selection.tracks ? [...selection.tracks].flatMap((file) => listTrackItems({ file })) : [],
    )
    const includeProblem = (dir: string) =>
      selectedDir(dir) || selectedTrackItems.has(path.basename(dir))
    const folders = listProblemFolders({ root: selection.root }).dirs.filter(includeProblem)
    const errorsIn = (dir: string) =>
      content.errors.filter((error) => error.file === dir || error.file.startsWith(dir + path.sep))
    if (!selection.dirs) {
      const tracksDir = path.join(selection.root, tracksFolder) + path.sep
      looseErrors.push(
        ...content.errors.filter(
          (error) => error.slug === undefined && !error.file.startsWith(tracksDir),
        ),
      )
    }
    const loaded = new Map(content.problems.map((problem) => [problem.dir, problem]))
    const inTracks = new Set(
      content.tracks.flatMap((track) => track.modules.flatMap((module) => module.items)),
    )

    await runLimited(folders, concurrency, async (dir) => {
      const slug = path.basename(dir)
      const problem = loaded.get(dir)
      if (!problem) {
        problems.push(emptyCheck({ slug, dir, errors: errorsIn(dir) }))
        return
      }
      const run =
        problem.kind === 'incident'
          ? checkIncidentProblem({ problem })
          : problem.kind === 'design' || problem.kind === 'quiz'
            ? checkPracticeProblem({ problem })
            : problem.kind === 'sim'
              ? checkSimProblem({ problem, judge: simJudge })
              : checkCodeProblem({ problem, judge })
      const check = await run.catch((error: unknown) =>
        emptyCheck({
          slug,
          dir,
          errors: [
            {
              file: path.join(dir, 'problem.md'),
              line: 1,
              message: `the check could not run: ${error instanceof Error ? error.message : String(error)}`,
              slug,
            },
          ],
        }),
      )
      if (trackSlugs.size > 0 && !inTracks.has(slug)) {
        check.warnings.push({
          file: path.join(dir, 'problem.md'),
          line: 1,
          message: 'the problem is in no track, so candidates will not find it',
          slug,
        })
      }
      problems.push(check)
    })
  }
  problems.sort((a, b) => a.dir.localeCompare(b.dir))
  const ok =
    problems.every((problem) => problem.ok) &&
    tracks.every((track) => track.ok) &&
    looseErrors.length === 0
  return {
    ok,
    problems,
    tracks,
    errors: sortErrors(looseErrors),
    totalMs: performance.now() - started,
  }
}

function mergeSelections(selections: Selection[]): Selection[] {
  const byRoot = new Map<string, Selection>()
  for (const selection of selections) {
    const existing = byRoot.get(selection.root)
    if (!existing) {
      byRoot.set(selection.root, {
        root: selection.root,
        dirs: selection.dirs && new Set(selection.dirs),
        tracks: selection.tracks && new Set(selection.tracks),
      })
      continue
    }
    existing.dirs =
      existing.dirs && selection.dirs ? new Set([...existing.dirs, ...selection.dirs]) : undefined
    existing.tracks =
      existing.tracks && selection.tracks
        ? new Set([...existing.tracks, ...selection.tracks])
        : undefined
  }
  return [...byRoot.values()]
}

async function runLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await run(items[next++])
  })
  await Promise.all(workers)
}

function emptyCheck({
  slug,
  dir,
  errors,
}: {
  slug: string
  dir: string
  errors: ContentError[]
}): ProblemCheck {
  return {
    slug,
    dir,
    ok: false,
    errors,
    warnings: [],
    wrongSolutions: [],
    timings: {
      prepareMs: 0,
      verifyMs: 0,
      wrongMs: 0,
      starterMs: 0,
      renderMs: 0,
      judgeMs: 0,
      totalMs: 0,
    },
  }
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const value = await run()
  return [value, performance.now() - started]
}

/**
 * Runs every check of one loaded incident problem: the texts render, a page alert fires by the page, the
 * ideal path scores at least 90 and the bad path at most 40 with every seed, and replays are deterministic.
 */
export async function checkIncidentProblem({
  problem,
}: {
  problem: IncidentProblem
}): Promise<ProblemCheck> {
  const started = performance.now()
  const check = emptyCheck({ slug: problem.slug, dir: problem.dir, errors: [] })
  const [rendered, renderMs] = await timed(() =>
    Promise.all(
      [problem.statement, problem.editorial, ...problem.hints.map((hint) => hint.markdown)].map(
        (markdown) => renderMarkdown(markdown),
      ),
    ),
  )
  check.timings.renderMs = renderMs
  if (rendered[0].html.trim() === '')
    check.errors.push({
      file: path.join(problem.dir, 'problem.md'),
      line: problem.statementLine,
      message: 'the statement renders to nothing',
      slug: problem.slug,
    })
  const result = checkIncidentScenario(problem)
  check.errors.push(...result.errors)
  check.warnings.push(...result.warnings)
  check.incident = result.summary
  return finish(check, started)
}

/**
 * Checks a design prompt (reference estimates pass their own tolerances, rubric weights sum to 100, the
 * reference covers the form) or a concept check (exactly the declared answers are correct); the texts render.
 */
export async function checkPracticeProblem({ problem }: { problem: DesignProblem | QuizProblem }): Promise<ProblemCheck> {
  const started = performance.now()
  const check = emptyCheck({ slug: problem.slug, dir: problem.dir, errors: [] })
  const texts = [problem.statement, problem.editorial, ...problem.hints.map((hint) => hint.markdown)]
  const [rendered, renderMs] = await timed(() => Promise.all(texts.map((markdown) => renderMarkdown(markdown))))
  check.timings.renderMs = renderMs
  if (rendered[0].html.trim() === '')
    check.errors.push({ file: path.join(problem.dir, 'problem.md'), line: problem.statementLine, message: 'the statement renders to nothing', slug: problem.slug })
  const result = problem.kind === 'design' ? checkDesign(problem) : checkQuiz(problem)
  check.errors.push(...result.errors.map((e) => ({ ...e, slug: problem.slug })))
  check.warnings.push(...result.warnings.map((e) => ({ ...e, slug: problem.slug })))
  return finish(check, started)
}

/**
 * Checks a sim problem: the texts render, 2–3 hints, the starter compiles and fails, the reference passes
 * on every seed of its workload and a repeated run is byte-identical, every wrong solution is rejected on
 * at least one seed with the verdict its header names.
 */
export async function checkSimProblem({ problem, judge }: { problem: SimProblem; judge: SimJudge }): Promise<ProblemCheck> {
  const started = performance.now()
  const check = emptyCheck({ slug: problem.slug, dir: problem.dir, errors: [] })
  const texts = [problem.statement, problem.editorial, ...problem.hints.map((hint) => hint.markdown)]
  const [rendered, renderMs] = await timed(() => Promise.all(texts.map((markdown) => renderMarkdown(markdown))))
  check.timings.renderMs = renderMs
  if (rendered[0].html.trim() === '')
    check.errors.push({ file: path.join(problem.dir, 'problem.md'), line: problem.statementLine, message: 'the statement renders to nothing', slug: problem.slug })
  if (problem.hints.length < authoringRules.minHints || problem.hints.length > authoringRules.maxHints)
    check.errors.push({
      file: path.join(problem.dir, 'hints.md'),
      line: 1,
      message: `there are ${problem.hints.length} hints; write ${authoringRules.minHints} to ${authoringRules.maxHints}, each more revealing than the last`,
      slug: problem.slug,
    })
  const [result, judgeMs] = await timed(() => checkSimRuns({ problem, judge, backstopFactor: toolBackstopFactor }))
  check.timings.judgeMs = judgeMs
  check.errors.push(...result.errors)
  check.warnings.push(...result.warnings)
  check.sim = result.summary
  check.tests = problem.seeds.length
  check.wrongSolutions = result.summary.wrong.map((wrong) => ({
    name: wrong.name,
    expect: wrong.expect,
    verdict: wrong.verdict,
    failing: {},
    ms: wrong.ms,
  }))
  return finish(check, started)
}

/** Runs every dynamic check of one loaded code problem. */
export async function checkCodeProblem({
  problem,
  judge,
}: {
  problem: CodeProblem
  judge: ContentJudge
}): Promise<ProblemCheck> {
  const started = performance.now()
  const errors: ContentError[] = []
  const warnings: ContentError[] = []
  const { slug, dir } = problem
  const at = (list: ContentError[], file: string, line: number, message: string, column?: number) =>
    list.push({ file, line, ...(column ? { column } : {}), message, slug })
  const testsFile = path.join(dir, 'tests.yaml')
  const timings = {
    prepareMs: 0,
    verifyMs: 0,
    wrongMs: 0,
    starterMs: 0,
    renderMs: 0,
    judgeMs: 0,
    totalMs: 0,
  }

  checkAuthoringRules({ problem, errors, warnings, at })

  const [rendered, renderMs] = await timed(() =>
    Promise.all(
      [problem.statement, problem.editorial, ...problem.hints.map((hint) => hint.markdown)].map(
        (markdown) => renderMarkdown(markdown),
      ),
    ),
  )
  timings.renderMs = renderMs
  if (rendered[0].html.trim() === '')
    at(
      errors,
      path.join(dir, 'problem.md'),
      problem.statementLine,
      'the statement renders to nothing',
    )

  // The judge's own compile step: a starter only has to compile, since it is meant to fail the tests.
  const [starter, starterMs] = await timed(async () =>
    compileSubmission(problem.starter.code, problem.starter.language),
  )
  timings.starterMs = starterMs
  if (!starter.ok)
    at(
      errors,
      problem.starter.file,
      starter.position?.line ?? 1,
      `the starter does not compile: ${starter.message}`,
      starter.position?.column,
    )

  const [prepared, prepareMs] = await timed(() => prepareProblem(problem, judge))
  timings.prepareMs = prepareMs
  errors.push(...prepared.errors)
  const check: ProblemCheck = {
    slug,
    dir,
    ok: false,
    errors,
    warnings,
    wrongSolutions: [],
    timings,
    prepared,
  }
  if (prepared.errors.length > 0) return finish(check, started)

  const judgeProblem = prepared.judgeProblem
  check.tests = judgeProblem.tests.length
  check.referenceCost = prepared.referenceCost
  check.referenceMaxMs = Math.max(
    0,
    ...(prepared.calibration?.tests.map((test) => test.wallMs) ?? []),
  )
  for (const result of prepared.calibration?.tests ?? []) {
    const test = problem.tests.find((candidate) => candidate.id === result.id)
    const limit = problem.frontmatter.limits.timeMs
    if (test && result.wallMs > limit / 2) {
      at(
        warnings,
        testsFile,
        test.line,
        `test ${test.id}: the reference takes ${Math.round(result.wallMs)} ms, over half the ${limit} ms backstop; a loaded server may time it out`,
      )
    }
  }

  const totalTimeMs =
    problem.frontmatter.limits.timeMs * toolBackstopFactor * judgeProblem.tests.length
  const relaxed = relaxBackstops(judgeProblem)
  const [verification, verifyMs] = await timed(() =>
    judge.judge({
      code: problem.solution.code,
      language: problem.solution.language,
      problem: relaxed,
      totalTimeMs,
    }),
  )
  timings.verifyMs = verifyMs
  if (verification.verdict !== 'accepted') {
    for (const result of verification.tests.filter((test) => test.status !== 'accepted')) {
      const line = problem.tests.find((test) => test.id === result.id)?.line ?? 1
      at(
        errors,
        testsFile,
        line,
        `test ${result.id}: the reference gets ${describeStatus(result.status)} with its calibrated budget${result.message ? `: ${result.message}` : ''}`,
      )
    }
  }

  const [wrongChecks, wrongMs] = await timed(() =>
    Promise.all(
      problem.wrongSolutions.map((wrong) =>
        timed(() =>
          judgeWrongSolution({ wrong, judge, request: { problem: relaxed, totalTimeMs } }),
        ).then(([results, ms]) => ({
          wrong,
          result: results[results.length - 1],
          ms,
          judgeMs: results.reduce((sum, result) => sum + result.timeMs, 0),
        })),
      ),
    ),
  )
  timings.wrongMs = wrongMs
  timings.judgeMs =
    (prepared.calibration?.timeMs ?? 0) +
    verification.timeMs +
    wrongChecks.reduce((sum, check) => sum + check.judgeMs, 0)

  for (const { wrong, result, ms } of wrongChecks) {
    const failing: WrongSolutionCheck['failing'] = {}
    for (const test of result.tests) {
      if (test.status === 'accepted' || test.status === 'skipped') continue
      ;(failing[test.status] ??= []).push(test.id)
    }
    check.wrongSolutions.push({
      name: wrong.name,
      expect: wrong.expect,
      verdict: result.verdict,
      failing,
      ms,
    })
    const verdictError = describeWrongSolutionOutcome({ wrong, result, failing })
    if (verdictError)
      at(
        errors,
        wrong.file,
        verdictError.line ?? wrong.expectLine,
        verdictError.message,
        verdictError.column,
      )
    if (wrong.expect === 'time_limit' && failing.time_limit) {
      const byTicks = result.tests.some(
        (test) =>
          test.status === 'time_limit' && test.budget !== undefined && test.cost >= test.budget,
      )
      if (!byTicks) {
        at(
          warnings,
          wrong.file,
          wrong.expectLine,
          `${wrong.name} hits time_limit only through the wall-clock backstop, which depends on the machine; native work (sort(), indexOf) is not counted in ticks, so write the naive loops in plain JavaScript`,
        )
      }
    }
  }
  return finish(check, started)
}

/**
 * Judges a wrong solution, first stopping at its first failing test: that test usually shows the promised
 * verdict, and the big tests after it are the expensive ones. Only otherwise are all tests run, to report
 * what every failing test got. Returns the runs made, the last one deciding.
 */
async function judgeWrongSolution({
  wrong,
  judge,
  request,
}: {
  wrong: WrongSolution
  judge: ContentJudge
  request: Pick<JudgeRequest, 'problem' | 'totalTimeMs'>
}): Promise<JudgeResult[]> {
  const quick = await judge.judge({
    ...request,
    code: wrong.code,
    language: wrong.language,
    stopOnFailure: true,
  })
  const settled =
    quick.verdict === 'accepted' ||
    quick.compileError ||
    wrong.expect === 'any' ||
    quick.tests.some((test) => test.status === wrong.expect)
  if (settled) return [quick]
  return [quick, await judge.judge({ ...request, code: wrong.code, language: wrong.language })]
}

function finish(check: ProblemCheck, started: number) {
  check.errors = sortErrors(check.errors)
  check.warnings = sortErrors(check.warnings)
  check.ok = check.errors.length === 0
  check.timings.totalMs = performance.now() - started
  return check
}

/** The error for a wrong solution that the tests do not reject the way its header says, if any. */
export function describeWrongSolutionOutcome({
  wrong,
  result,
  failing,
}: {
  wrong: Pick<WrongSolution, 'name' | 'expect'>
  result: JudgeResult
  failing: WrongSolutionCheck['failing']
}): { message: string; line?: number; column?: number } | undefined {
  if (result.compileError) {
    return {
      message: `${wrong.name} does not compile: ${result.compileError.message}`,
      line: result.compileError.position?.line,
      column: result.compileError.position?.column,
    }
  }
  if (result.verdict === 'accepted')
    return { message: `tests lack teeth: ${wrong.name} was accepted` }
  if (wrong.expect === 'any' || failing[wrong.expect]) return undefined
  const statuses = Object.keys(failing) as (keyof typeof failing)[]
  const listTests = (ids: number[] = []) =>
    `${ids.length === 1 ? 'test' : 'tests'} ${ids.join(', ')}`
  if (statuses.length === 1) {
    return {
      message: `expected ${wrong.expect} but got ${statuses[0]} on every failing test (${listTests(failing[statuses[0]])})`,
    }
  }
  return {
    message: `expected ${wrong.expect} but got ${statuses.map((status) => `${status} (${listTests(failing[status])})`).join(' and ')}`,
  }
}

function checkAuthoringRules({
  problem,
  errors,
  warnings,
  at,
}: {
  problem: CodeProblem
  errors: ContentError[]
  warnings: ContentError[]
  at: (list: ContentError[], file: string, line: number, message: string) => void
}) {
  const testsFile = path.join(problem.dir, 'tests.yaml')
  const hintsFile = path.join(problem.dir, 'hints.md')
  const { tests, hints, frontmatter } = problem
  if (tests.length < authoringRules.minTests) {
    at(
      errors,
      testsFile,
      1,
      `there are ${tests.length} tests; a problem needs at least ${authoringRules.minTests}`,
    )
  }
  const visible = tests.filter((test) => test.visible).length
  if (visible < authoringRules.minVisibleTests) {
    at(
      errors,
      testsFile,
      1,
      `${visible} tests are visible; at least ${authoringRules.minVisibleTests} must be (the statement's examples)`,
    )
  }
  if (hints.length < authoringRules.minHints || hints.length > authoringRules.maxHints) {
    at(
      errors,
      hintsFile,
      1,
      `there are ${hints.length} hints; write ${authoringRules.minHints} to ${authoringRules.maxHints}, each more revealing than the last`,
    )
  }
  if (!tests.some((test) => test.generate !== undefined)) {
    at(
      warnings,
      testsFile,
      1,
      'no test is generated; add a large generated input that the naive complexity cannot finish',
    )
  }
  if (!problem.wrongSolutions.some((wrong) => wrong.expect === 'time_limit')) {
    at(
      warnings,
      path.join(problem.dir, 'wrong'),
      1,
      'no wrong solution expects time_limit; add the naive complexity if an efficient solution exists',
    )
  }
  const declares = new RegExp(
    `(function|class)\\s+${frontmatter.entry}\\b|(const|let|var)\\s+${frontmatter.entry}\\s*=`,
  )
  if (!declares.test(problem.starter.code)) {
    at(
      errors,
      problem.starter.file,
      1,
      `the starter does not declare ${frontmatter.entry} (the entry in problem.md)`,
    )
  }
  if (!declares.test(problem.solution.code)) {
    at(
      errors,
      problem.solution.file,
      1,
      `the reference does not declare ${frontmatter.entry} (the entry in problem.md)`,
    )
  }
}
