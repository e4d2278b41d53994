import path from 'node:path'
import { calibrateBudget, seedForTest } from '~/judge/budget'
import {
  type GeneratedCase,
  type GenerateRequest,
  type JudgeProblem,
  type JudgeRequest,
  type JudgeResult,
  type JudgeTest,
} from '~/judge/types'
import { type ContentError } from './errors'
import { type CodeProblem, type ProblemTest } from './types'

/**
 * Tooling (calibration, `check`) runs with this multiple of a test's wall-clock backstop: budgets are in
 * ticks, and a busy machine must not fail a reference that the server, with its real backstop, would pass.
 * `check` warns instead when the reference needs over half the real backstop.
 */
export const toolBackstopFactor = 5

/** The same problem with wall-clock backstops relaxed by `toolBackstopFactor`, for tooling runs. */
export function relaxBackstops(problem: JudgeProblem): JudgeProblem {
  return {
    ...problem,
    tests: problem.tests.map((test) => ({
      ...test,
      timeMs: (test.timeMs ?? 2000) * toolBackstopFactor,
    })),
  }
}

/** What content needs from the judge pool; the server pool satisfies it structurally. */
export interface ContentJudge {
  judge(request: JudgeRequest): Promise<JudgeResult>
  generate(request: GenerateRequest): Promise<GeneratedCase>
}

export interface PreparedProblem {
  /** The problem as the server judges submissions: every test with expected value, tick budget and backstop. */
  judgeProblem: JudgeProblem
  /** Sum of the reference's ticks over all tests. */
  referenceCost: number
  /** The reference's calibration run (no budgets), for reporting. */
  calibration?: JudgeResult
  /** Why the problem cannot be judged (a failing generator, a reference that fails a test). Empty when usable. */
  errors: ContentError[]
}

/** The judge's view of a problem with the given tests; comparator, harness and checker come from the frontmatter. */
export function toJudgeProblem({
  problem,
  tests,
}: {
  problem: CodeProblem
  tests: JudgeTest[]
}): JudgeProblem {
  const { frontmatter } = problem
  return {
    harness: frontmatter.harness,
    entry: frontmatter.entry,
    ...(frontmatter.params ? { params: frontmatter.params } : {}),
    ...(frontmatter.returns ? { returns: frontmatter.returns } : {}),
    comparator:
      frontmatter.comparator === 'float'
        ? { kind: 'float', tolerance: frontmatter.tolerance! }
        : { kind: frontmatter.comparator },
    ...(problem.checker ? { checker: problem.checker.code } : {}),
    tests,
  }
}

/**
 * What a browser may hold for "Run": the visible tests only. The checker source stays out too; a
 * checker problem's visible tests have to run on the server.
 */
export function visibleOnly(problem: JudgeProblem): JudgeProblem {
  const { checker: _checker, ...rest } = problem
  return { ...rest, tests: problem.tests.filter((test) => test.visible) }
}

/**
 * Runs each generator (seeded from slug and test id) and the reference on every test without a budget,
 * fills in expected values the tests leave to the reference, and sets each test's tick budget from the
 * reference's cost. The result is deterministic: the same files give the same tests and budgets anywhere.
 */
export async function prepareProblem(
  problem: CodeProblem,
  judge: ContentJudge,
): Promise<PreparedProblem> {
  const { frontmatter } = problem
  const testsFile = path.join(problem.dir, 'tests.yaml')
  const errors: ContentError[] = []
  const fail = (test: ProblemTest, message: string) =>
    errors.push({
      file: testsFile,
      line: test.line,
      message: `test ${test.id}: ${message}`,
      slug: problem.slug,
    })

  const inputs = await Promise.all(
    problem.tests.map(async (test): Promise<GeneratedCase | undefined> => {
      if (test.generate === undefined)
        return { args: test.args, ops: test.ops, expected: test.expected }
      try {
        const generated = await judge.generate({
          source: test.generate,
          seed: seedForTest(problem.slug, test.id),
          harness: frontmatter.harness,
        })
        const input = frontmatter.harness === 'function' ? generated.args : generated.ops
        if (!Array.isArray(input)) {
          fail(
            test,
            `the generator must return { ${frontmatter.harness === 'function' ? 'args' : 'ops'}: [...] }`,
          )
          return undefined
        }
        return { ...generated, expected: test.hasExpected ? test.expected : generated.expected }
      } catch (error) {
        fail(
          test,
          `the generator failed: ${error instanceof Error ? error.message : String(error)}`,
        )
        return undefined
      }
    }),
  )
  const timeMs = frontmatter.limits.timeMs
  const leftToReference = new Set<number>()
  const calibrationTests: JudgeTest[] = []
  problem.tests.forEach((test, i) => {
    const input = inputs[i]
    if (!input) return
    const needsExpected =
      !Object.prototype.hasOwnProperty.call(input, 'expected') || input.expected === undefined
    if (needsExpected) leftToReference.add(test.id)
    calibrationTests.push({
      id: test.id,
      ...(test.name ? { name: test.name } : {}),
      visible: test.visible,
      ...(frontmatter.harness === 'function' ? { args: input.args } : { ops: input.ops }),
      // Left undefined, the judge does not compare: the reference's own answer becomes the expected value.
      expected: needsExpected ? undefined : input.expected,
      timeMs: timeMs * toolBackstopFactor,
    })
  })
  if (errors.length > 0)
    return { judgeProblem: toJudgeProblem({ problem, tests: [] }), referenceCost: 0, errors }

  let calibration: JudgeResult
  try {
    calibration = await judge.judge({
      code: problem.solution.code,
      language: problem.solution.language,
      problem: toJudgeProblem({ problem, tests: calibrationTests }),
      totalTimeMs: timeMs * toolBackstopFactor * calibrationTests.length,
      revealHidden: leftToReference.size > 0,
    })
  } catch (error) {
    // The judge refuses a malformed problem (e.g. a generated test with the wrong number of expected values).
    const message = error instanceof Error ? error.message : String(error)
    const id = /^Test (\d+)/.exec(message)?.[1]
    const test = problem.tests.find((candidate) => String(candidate.id) === id)
    errors.push({
      file: testsFile,
      line: test?.line ?? 1,
      message: `the judge cannot run this problem: ${lowerFirst(message)}`,
      slug: problem.slug,
    })
    return { judgeProblem: toJudgeProblem({ problem, tests: [] }), referenceCost: 0, errors }
  }
  if (calibration.compileError) {
    const position = calibration.compileError.position
    errors.push({
      file: problem.solution.file,
      line: position?.line ?? 1,
      column: position?.column,
      message: `the reference does not compile: ${calibration.compileError.message}`,
      slug: problem.slug,
    })
    return {
      judgeProblem: toJudgeProblem({ problem, tests: [] }),
      referenceCost: 0,
      calibration,
      errors,
    }
  }

  const resultById = new Map(calibration.tests.map((result) => [result.id, result]))
  const tests: JudgeTest[] = []
  let referenceCost = 0
  for (const test of problem.tests) {
    const calibrated = calibrationTests.find((candidate) => candidate.id === test.id)!
    const result = resultById.get(test.id)
    if (!result) {
      fail(test, 'the judge returned no result for this test')
      continue
    }
    referenceCost += result.cost
    const computed = leftToReference.has(test.id)
    if (result.status !== 'accepted') {
      fail(
        test,
        `the reference solution gets ${describeStatus(result.status)}${result.message ? `: ${result.message}` : ''}`,
      )
      continue
    }
    if (computed && !Object.prototype.hasOwnProperty.call(result, 'actual')) {
      fail(test, "the judge did not report the reference's answer, so expected cannot be filled in")
      continue
    }
    if (computed && isTruncatedPreview(result.actual)) {
      fail(
        test,
        "the reference's answer is over the judge's 20 000-character report limit, so it cannot fill in expected (a judge limitation; returning expected from the generator works around it)",
      )
      continue
    }
    const expected = computed ? result.actual : calibrated.expected
    tests.push({
      ...calibrated,
      expected: computed && frontmatter.comparator === 'any-of' ? [expected] : expected,
      budget: calibrateBudget(result.cost, {
        factor: frontmatter.limits.budgetFactor,
        floor: frontmatter.limits.budgetFloor,
      }),
      referenceCost: result.cost,
      timeMs,
    })
  }
  return { judgeProblem: toJudgeProblem({ problem, tests }), referenceCost, calibration, errors }
}

/** `time_limit` → `time limit`, the way a sentence says it. */
export function describeStatus(status: string) {
  return status.replace(/_/g, ' ')
}

/**
 * The judge replaces values over 20 000 JSON characters in results by a 1 000-character preview ending in
 * "…", even with `revealHidden`; such a preview must never become a test's expected value.
 */
function isTruncatedPreview(value: unknown) {
  return typeof value === 'string' && value.length === 1001 && value.endsWith('…')
}

function lowerFirst(text: string) {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}
