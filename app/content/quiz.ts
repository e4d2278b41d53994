import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { familyDescriptions, parseUnit, unitFamilies } from '~/design/units'
import { gradeAnswer, toleranceInBase } from '~/quiz/grade'
import { type QuizQuestion } from '~/quiz/types'
import { type ContentError } from './errors'
import { readText } from './files'
import { quizFrontmatterSchema } from './schema'

export { quizFrontmatterSchema }
import { type Hint } from './types'
import { parseYamlSource, sortErrors, validateYaml } from './yaml-source'
import { keysAtPath } from './zod-keys'

/** Files of a quiz problem: one question per folder. The format is in problems/README-design-quiz.md. */
export const quizFiles = ['problem.md', 'quiz.yaml'] as const

/** Authoring standards `checkQuiz` enforces beyond what the app needs to serve the question. */
export const quizAuthoringRules = {
  minOptions: 3,
  maxOptions: 8,
  minExplanationChars: 100,
} as const

const nonEmptyText = z.string().trim().min(1, 'must not be empty')

export type QuizFrontmatter = z.infer<typeof quizFrontmatterSchema>

const optionIdSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string({ invalid_type_error: 'must be an option id (like a)' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and - (like "a")'),
)

const optionSchema = z.object({ id: optionIdSchema, text: nonEmptyText }).strict()

const choiceAnswerSchema = z.preprocess(
  (value) => (value === undefined || Array.isArray(value) ? value : [value]),
  z
    .array(optionIdSchema, { invalid_type_error: 'must be an option id or a list of them' })
    .min(1, 'must name at least one option'),
)

const numericAnswerSchema = z
  .object({
    value: z.number(),
    unit: nonEmptyText,
    tolerance: z.union([z.number().min(0), nonEmptyText], {
      errorMap: () => ({
        message:
          'must be a relative tolerance (0.02 for ±2%, 0 for exact) or an amount with a unit (like "0.005 %")',
      }),
    }),
  })
  .strict()

const explanationSchema = nonEmptyText

export const quizFileSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('single'),
      options: z.array(optionSchema).min(2, 'must list at least two options'),
      answer: choiceAnswerSchema,
      explanation: explanationSchema,
    })
    .strict(),
  z
    .object({
      type: z.literal('multiple'),
      options: z.array(optionSchema).min(2, 'must list at least two options'),
      answer: choiceAnswerSchema,
      explanation: explanationSchema,
    })
    .strict(),
  z
    .object({
      type: z.literal('numeric'),
      answer: numericAnswerSchema,
      explanation: explanationSchema,
    })
    .strict(),
])

/** Lines in quiz.yaml that `checkQuiz` points at. */
export interface QuizLines {
  type: number
  answer: number
  explanation: number
  /** One per option (choice questions). */
  options: number[]
  /** One per answer id (choice questions). */
  answers: number[]
  /** Numeric questions. */
  unit?: number
  tolerance?: number
}

export interface QuizFiles {
  question: QuizQuestion
  lines: QuizLines
}

/** A `kind: quiz` problem: one question; `editorial` is its explanation, shown after answering. */
export interface QuizProblem extends QuizFiles {
  kind: 'quiz'
  slug: string
  area: string
  dir: string
  frontmatter: QuizFrontmatter
  /** The question text (problem.md after the frontmatter). */
  statement: string
  statementLine: number
  hints: Hint[]
  editorial: string
  hash: string
}

/** Parses and validates quiz.yaml of the quiz problem in `dir`. */
export function loadQuizFiles(dir: string): { files?: QuizFiles; errors: ContentError[] } {
  const file = path.join(dir, 'quiz.yaml')
  if (!existsSync(file)) return { errors: [{ file, line: 1, message: 'quiz.yaml is missing' }] }
  const source = parseYamlSource({ file, text: readText(file) })
  if (source.errors.length > 0) return { errors: source.errors }
  const { data, errors } = validateYaml({
    source,
    schema: quizFileSchema,
    describePath: (segments) =>
      segments[0] === 'options' && typeof segments[1] === 'number' && segments.length > 2
        ? `option #${segments[1] + 1}: `
        : '',
    knownKeys: (segments) => keysAtPath(quizFileSchema, segments),
  })
  if (!data) return { errors }
  const question: QuizQuestion =
    data.type === 'numeric'
      ? { type: 'numeric', answer: data.answer, explanation: data.explanation }
      : {
          type: data.type,
          options: data.options,
          answer: data.answer,
          explanation: data.explanation,
        }
  const line = (segments: (string | number)[]) => source.locate(segments).line
  const lines: QuizLines = {
    type: line(['type']),
    answer: line(['answer']),
    explanation: line(['explanation']),
    options:
      question.type === 'numeric' ? [] : question.options.map((_, i) => line(['options', i])),
    answers:
      question.type === 'numeric'
        ? []
        : question.answer.map((_, i) =>
            Array.isArray((source.value as { answer?: unknown }).answer)
              ? line(['answer', i])
              : line(['answer']),
          ),
    ...(question.type === 'numeric'
      ? { unit: line(['answer', 'unit']), tolerance: line(['answer', 'tolerance']) }
      : {}),
  }
  const files = { question, lines }
  const structural = quizIssues({ dir, files, authoring: false })
  if (structural.length > 0) return { errors: structural }
  return { files, errors: [] }
}

/**
 * The rules a question must meet: a single-choice question has exactly one correct option, a
 * multiple-choice one at least one; option ids are unique and every answer id names an option; a numeric
 * answer has a unit of a known family, a readable tolerance, and passes its own grading. With `authoring`,
 * also quizAuthoringRules (3–8 options, a multiple-choice question has a wrong option, a real explanation).
 */
function quizIssues({
  dir,
  files,
  authoring,
}: {
  dir: string
  files: QuizFiles
  authoring: boolean
}): ContentError[] {
  const file = path.join(dir, 'quiz.yaml')
  const errors: ContentError[] = []
  const at = (line: number, message: string) => errors.push({ file, line, message })
  const { question, lines } = files

  if (question.type === 'numeric') {
    const { answer } = question
    const unit = parseUnit(answer.unit)
    if (!unit) {
      at(
        lines.unit ?? lines.answer,
        `answer.unit "${answer.unit}" is not a unit of a known family (${unitFamilies
          .map(
            (family) =>
              `${familyDescriptions[family].noun}: ${familyDescriptions[family].examples}`,
          )
          .join('; ')})`,
      )
      return errors
    }
    const tolerance = toleranceInBase(answer)
    if (!tolerance.ok) {
      at(lines.tolerance ?? lines.answer, `answer.tolerance: ${tolerance.error}`)
      return errors
    }
    const own = gradeAnswer(question, `${answer.value} ${answer.unit}`)
    if (!own.correct) at(lines.answer, `the answer does not pass its own grading: ${own.message}`)
  } else {
    const seen = new Map<string, number>()
    const texts = new Map<string, number>()
    question.options.forEach((option, i) => {
      const previous = seen.get(option.id)
      if (previous !== undefined)
        at(lines.options[i], `option id "${option.id}" is already used on line ${previous}`)
      else seen.set(option.id, lines.options[i])
      const text = option.text.trim().toLowerCase()
      const sameText = texts.get(text)
      if (sameText !== undefined)
        at(
          lines.options[i],
          `option ${option.id} has the same text as the option on line ${sameText}`,
        )
      else texts.set(text, lines.options[i])
    })
    const named = new Set<string>()
    question.answer.forEach((id, i) => {
      if (!seen.has(id))
        at(
          lines.answers[i],
          `answer names option "${id}", which does not exist (options: ${[...seen.keys()].join(', ')})`,
        )
      if (named.has(id)) at(lines.answers[i], `answer names option "${id}" twice`)
      named.add(id)
    })
    if (question.type === 'single' && named.size !== 1)
      at(
        lines.answer,
        `a single-choice question has exactly one correct option; answer names ${named.size} (${[...named].join(', ')}); use type: multiple for more`,
      )
    if (question.type === 'multiple' && named.size < 1)
      at(lines.answer, 'a multiple-choice question has at least one correct option')
    if (authoring) {
      const count = question.options.length
      const { minOptions, maxOptions } = quizAuthoringRules
      if (count < minOptions || count > maxOptions)
        at(
          lines.options[0] ?? lines.type,
          `a choice question has ${minOptions}–${maxOptions} options; this one has ${count}`,
        )
      if (question.type === 'multiple' && named.size >= count)
        at(
          lines.answer,
          'every option is correct: a multiple-choice question needs at least one wrong option',
        )
    }
  }
  if (authoring && question.explanation.trim().length < quizAuthoringRules.minExplanationChars)
    at(
      lines.explanation,
      `the explanation has ${question.explanation.trim().length} characters; explain the answer (and why the others are wrong) in at least ${quizAuthoringRules.minExplanationChars}`,
    )
  return sortErrors(errors)
}

/** Loads quiz.yaml of a `kind: quiz` problem (for the content loader); pushes every error it finds. */
export function loadQuizProblem({
  dir,
  frontmatter,
  statement,
  statementLine,
  errors,
  hash,
}: {
  dir: string
  frontmatter: QuizFrontmatter
  statement: string
  statementLine: number
  errors: ContentError[]
  hash: (dir: string) => string
}): QuizProblem | undefined {
  for (const name of [
    'starter.ts',
    'solution.ts',
    'tests.yaml',
    'editorial.md',
    'hints.md',
    'design.yaml',
  ]) {
    const file = path.join(dir, name)
    if (existsSync(file))
      errors.push({
        file,
        line: 1,
        message: `${name} does not belong to a kind: quiz problem${name === 'editorial.md' ? ' (the explanation is in quiz.yaml)' : ''}`,
      })
  }
  const loaded = loadQuizFiles(dir)
  errors.push(...loaded.errors)
  if (errors.length > 0 || !loaded.files) return undefined
  return {
    kind: 'quiz',
    slug: frontmatter.slug,
    area: path.basename(path.dirname(dir)),
    dir,
    frontmatter,
    statement,
    statementLine,
    ...loaded.files,
    hints: [],
    editorial: loaded.files.question.explanation,
    hash: hash(dir),
  }
}

/** Everything `drill problems check` verifies of a loaded quiz question: the loader's rules and quizAuthoringRules. */
export function checkQuiz(problem: QuizProblem): {
  errors: ContentError[]
  warnings: ContentError[]
} {
  const errors = quizIssues({ dir: problem.dir, files: problem, authoring: true }).map((error) => ({
    ...error,
    slug: problem.slug,
  }))
  return { errors, warnings: [] }
}
