import { type RecordedPath, type Scenario } from '~/incident/schema'
import { type Language } from '~/judge/types'
import { type WorkloadInput } from '~/sim/types'
import { type DesignProblem } from './design'
import { type QuizProblem } from './quiz'

export type { DesignProblem, QuizProblem }
import {
  type CodeFrontmatter,
  type ExpectedVerdict,
  type IncidentFrontmatter,
  type Role,
  type SimFrontmatter,
} from './schema'

export type { ContentError } from './errors'

export interface Track {
  slug: string
  file: string
  title: string
  roles: Role[]
  description: string
  /** Items list only problems that loaded; references to missing or broken problems are reported as errors. */
  modules: { slug: string; title: string; requires: string[]; items: string[] }[]
}

export interface SourceFile {
  /** Path of the file on disk. */
  file: string
  code: string
  language: Language
}

export interface WrongSolution extends SourceFile {
  /** File name relative to the problem folder, e.g. `wrong/all-pairs.ts`. */
  name: string
  expect: ExpectedVerdict
  /** The header's explanation of the mistake. */
  why: string
  /** Line of the `// expect:` header. */
  expectLine: number
}

export interface ProblemTest {
  id: number
  name?: string
  visible: boolean
  args?: unknown[]
  ops?: unknown[][]
  /** Present when tests.yaml gives it (it may legitimately be null); generated tests may leave it to the reference. */
  expected?: unknown
  hasExpected: boolean
  generate?: string
  /** Line of the test's entry in tests.yaml. */
  line: number
}

export interface Hint {
  title: string
  markdown: string
}

interface ProblemBase {
  slug: string
  /** The grouping folder, e.g. `algorithms`. */
  area: string
  dir: string
  statement: string
  /** Line in problem.md where the statement (after the frontmatter) begins. */
  statementLine: number
  hints: Hint[]
  editorial: string
  /** sha256 over every file of the problem in a stable order: a change means a new problem version. */
  hash: string
}

export interface CodeProblem extends ProblemBase {
  kind: 'code'
  frontmatter: CodeFrontmatter
  starter: SourceFile
  solution: SourceFile
  checker?: SourceFile
  tests: ProblemTest[]
  wrongSolutions: WrongSolution[]
}

export interface IncidentProblem extends ProblemBase {
  kind: 'incident'
  frontmatter: IncidentFrontmatter
  /** scenario.yaml, parsed (durations in seconds). Server-only: it holds the faults and the answer. */
  scenario: Scenario
  /** paths.yaml: the seeds `check` plays, and the ideal and bad recorded paths. */
  paths: { seeds: number[]; ideal: RecordedPath; bad: RecordedPath }
}

/** A node program run by the simulator: the workload is the test, its seeds the cases. */
export interface SimProblem extends ProblemBase {
  kind: 'sim'
  frontmatter: SimFrontmatter
  /** workload.json as written; the simulator fills the defaults when it runs. */
  workload: WorkloadInput
  /** The seeds a submission is judged on (from workload.json, default [1]). */
  seeds: number[]
  starter: SourceFile
  solution: SourceFile
  /** `expect` is one of simExpectedVerdicts: wrong_answer (failed), time_limit (limit), runtime_error (error), any. */
  wrongSolutions: WrongSolution[]
}

export type Problem = CodeProblem | IncidentProblem | DesignProblem | QuizProblem | SimProblem
