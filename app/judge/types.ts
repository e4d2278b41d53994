/**
 * The judge's public contract. The web app, the CLI, `drill problems check` and the browser runner all
 * speak these types; nothing here depends on Remix or on Node.
 */

export type Language = 'typescript' | 'javascript'

export type Verdict =
  | 'accepted'
  | 'wrong_answer'
  | 'time_limit'
  | 'memory_limit'
  | 'runtime_error'
  | 'compile_error'
  | 'output_limit'

/** A test's status is a verdict, or `skipped` when an earlier failure made running it pointless. */
export type TestStatus = Exclude<Verdict, 'compile_error'> | 'skipped'

/** How arguments and return values travel: plain JSON, or arrays that become ListNode/TreeNode. */
export type ValueType = 'json' | 'list' | 'tree'

export type ComparatorSpec =
  | { kind: 'exact' }
  | { kind: 'unordered' }
  | { kind: 'float'; tolerance: number }
  | { kind: 'any-of' }
  | { kind: 'checker' }

export type HarnessKind = 'function' | 'class'

export interface JudgeTest {
  id: number
  name?: string
  visible: boolean
  /** Function harness: the argument list. */
  args?: unknown[]
  /** Class harness: `[['new', ...ctorArgs], [method, ...args], ...]`. */
  ops?: unknown[][]
  /**
   * For the class harness, one entry per operation. `undefined` means "not compared": the test passes
   * if the code runs (used to compute a generated test's expected value from the reference).
   */
  expected: unknown
  /** Tick budget for this test; absent means unbounded (used when calibrating a reference). */
  budget?: number
  /** Wall-clock backstop for this test in ms (default 2000). */
  timeMs?: number
  /** The reference solution's cost on this test (set by preparation; shown as "2.1× reference"). */
  referenceCost?: number
}

export interface JudgeProblem {
  harness: HarnessKind
  /** Function name, or class name for the class harness. */
  entry: string
  params?: ValueType[]
  returns?: ValueType
  comparator: ComparatorSpec
  /** Source (TS or JS) defining `check(input, expected, actual): true | string`; comparator 'checker'. */
  checker?: string
  tests: JudgeTest[]
}

export interface JudgeRequest {
  code: string
  language: Language
  problem: JudgeProblem
  /** Seed for the sandbox's Math.random (default: fixed). */
  seed?: number
  /** Wall-clock backstop for the whole submission in ms (default 10 000). */
  totalTimeMs?: number
  /** Stop after the first failing test (remaining tests are `skipped`). Default false. */
  stopOnFailure?: boolean
  /**
   * Report input/expected/actual and output for hidden tests too. Only for trusted tooling (content
   * checks computing a generated test's expected value from the reference, the CLI); never for candidates.
   */
  revealHidden?: boolean
  /**
   * A stable name for this exact problem version (e.g. "two-sum@3"). With it, the pool sends the
   * problem to each worker once and afterwards only the key, instead of copying every test's input
   * (megabytes for generated tests) into the worker for every submission.
   */
  problemKey?: string
}

export interface SourcePosition {
  line: number
  column: number
}

export interface TestResult {
  id: number
  name?: string
  status: TestStatus
  /** Interpreted work in ticks (interrupt-handler calls): deterministic for the same code and input. */
  cost: number
  /** The test's tick budget, when one applied. */
  budget?: number
  wallMs: number
  /** Captured console output, first 500 characters. */
  output: string
  /** A sentence for the candidate: why it failed (wrong answer detail, error message, limit hit). */
  message?: string
  /** For runtime errors: where in the candidate's own source. */
  position?: SourcePosition
  /** Only for visible tests (the browser may see them): */
  input?: unknown
  expected?: unknown
  actual?: unknown
}

export interface JudgeResult {
  verdict: Verdict
  /** Sum of the tests' costs in ticks. */
  cost: number
  timeMs: number
  tests: TestResult[]
  compileError?: { message: string; position?: SourcePosition }
}

/** A generated test's output: `args` (function harness) or `ops` (class harness), maybe `expected`. */
export interface GeneratedCase {
  args?: unknown[]
  ops?: unknown[][]
  expected?: unknown
}

/** Runs one `generate:` body from tests.yaml; see `seedForTest` for the seed. */
export interface GenerateRequest {
  /** The body of a function receiving `rng` (TypeScript or JavaScript). */
  source: string
  seed: number
  harness: HarnessKind
  /** Wall-clock limit in ms (default 5000). */
  timeMs?: number
}
