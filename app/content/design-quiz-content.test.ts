import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  cpSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type z } from 'zod'
import { gradeEstimate } from '~/design/grade'
import { gradeAnswer, publicQuestion } from '~/quiz/grade'
import {
  checkDesign,
  designFrontmatterSchema,
  loadDesignFiles,
  loadDesignProblem,
  type DesignProblem,
} from './design'
import { formatContentError, type ContentError } from './errors'
import { hashProblemFolder, parseHints } from './loader'
import {
  checkQuiz,
  loadQuizFiles,
  loadQuizProblem,
  quizFrontmatterSchema,
  type QuizProblem,
} from './quiz'
import { parseYamlSource, validateYaml } from './yaml-source'

const root = path.resolve(__dirname, '../../problems/distributed-systems')

function readText(file: string) {
  return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
}

/** What the content loader does for problem.md, until it knows the design and quiz kinds. */
function readProblemFile<T extends z.ZodTypeAny>(dir: string, schema: T) {
  const file = path.join(dir, 'problem.md')
  const errors: ContentError[] = []
  const lines = readText(file).split('\n')
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---')
  if (lines[0] !== '---' || close === -1)
    return { errors: [{ file, line: 1, message: 'no frontmatter block' }] }
  const source = parseYamlSource({ file, text: lines.slice(1, close).join('\n'), lineOffset: 1 })
  if (source.errors.length > 0) return { errors: source.errors }
  const { data, errors: schemaErrors } = validateYaml({ source, schema })
  errors.push(...schemaErrors)
  const statement = lines.slice(close + 1).join('\n')
  if (statement.trim() === '')
    errors.push({ file, line: close + 2, message: 'the statement is empty' })
  if (data && (data as { slug: string }).slug !== path.basename(dir))
    errors.push({
      file,
      line: source.locate(['slug']).line,
      message: 'slug must equal the folder name',
    })
  return {
    frontmatter: data as z.infer<T> | undefined,
    statement,
    statementLine: close + 2,
    errors,
  }
}

function loadDesign(dir: string): { problem?: DesignProblem; errors: ContentError[] } {
  const read = readProblemFile(dir, designFrontmatterSchema)
  if (!read.frontmatter) return { errors: read.errors }
  const errors = [...read.errors]
  const problem = loadDesignProblem({
    dir,
    frontmatter: read.frontmatter,
    statement: read.statement,
    statementLine: read.statementLine,
    errors,
    parseHints,
    hash: hashProblemFolder,
  })
  return { problem, errors }
}

function loadQuiz(dir: string): { problem?: QuizProblem; errors: ContentError[] } {
  const read = readProblemFile(dir, quizFrontmatterSchema)
  if (!read.frontmatter) return { errors: read.errors }
  const errors = [...read.errors]
  const problem = loadQuizProblem({
    dir,
    frontmatter: read.frontmatter,
    statement: read.statement,
    statementLine: read.statementLine,
    errors,
    hash: hashProblemFolder,
  })
  return { problem, errors }
}

const folders = readdirSync(root).sort()
const designDirs = folders
  .filter((name) => name.startsWith('design-'))
  .map((name) => path.join(root, name))
const quizDirs = folders
  .filter((name) => name.startsWith('quiz-'))
  .map((name) => path.join(root, name))

function report(errors: ContentError[]) {
  return errors.map((error) => formatContentError(error, { cwd: path.resolve(root, '../..') }))
}

describe('design prompts in problems/distributed-systems', () => {
  const required = [
    'design-rate-limiter',
    'design-metrics-pipeline',
    'design-job-scheduler',
    'design-kv-store',
    'design-fleet-health-repair',
    'design-config-rollout',
    'design-notification-system',
    'design-url-shortener',
  ]

  it('has the eight required prompts', () => {
    expect(designDirs.map((dir) => path.basename(dir))).toEqual(expect.arrayContaining(required))
  })

  it.each(designDirs.map((dir) => [path.basename(dir), dir]))(
    '%s loads and passes checkDesign',
    (_, dir) => {
      const { problem, errors } = loadDesign(dir)
      expect(report(errors)).toEqual([])
      expect(problem).toBeDefined()
      const checked = checkDesign(problem!)
      expect(report(checked.errors)).toEqual([])
      expect(problem!.estimates.length).toBeGreaterThanOrEqual(3)
      expect(problem!.estimates.length).toBeLessThanOrEqual(5)
      expect(problem!.rubric.length).toBeGreaterThanOrEqual(6)
      expect(problem!.rubric.length).toBeLessThanOrEqual(10)
      for (const estimate of problem!.estimates) {
        expect(gradeEstimate(estimate, `${estimate.answer}`).verdict).toBe('within')
        expect(gradeEstimate(estimate, `${estimate.answer * 10}`).verdict).toBe('off')
      }
    },
  )
})

describe('concept checks in problems/distributed-systems', () => {
  const loaded = quizDirs.map((dir) => ({ slug: path.basename(dir), ...loadQuiz(dir) }))

  it.each(loaded.map((item) => [item.slug, item]))('%s loads and passes checkQuiz', (_, item) => {
    expect(report(item.errors)).toEqual([])
    expect(item.problem).toBeDefined()
    expect(report(checkQuiz(item.problem!).errors)).toEqual([])
    const shown = JSON.stringify(publicQuestion(item.problem!.question))
    expect(shown).not.toContain(item.problem!.question.explanation.slice(0, 40))
    expect(shown).not.toMatch(/"answer"|"explanation"|"value"|"tolerance"/)
  })

  it('has at least 32 questions mixing single, multiple and numeric', () => {
    const problems = loaded.map((item) => item.problem!).filter(Boolean)
    expect(problems.length).toBeGreaterThanOrEqual(32)
    const types = problems.map((problem) => problem.question.type)
    for (const type of ['single', 'multiple', 'numeric'] as const)
      expect(types.filter((t) => t === type).length).toBeGreaterThanOrEqual(5)
  })

  it('covers every topic of the issue', () => {
    const tags = new Set(loaded.flatMap((item) => item.problem?.frontmatter.tags ?? []))
    for (const topic of [
      'consistency',
      'cap',
      'pacelc',
      'consensus',
      'leader-election',
      'replication',
      'partitioning',
      'clocks',
      'failure-detection',
      'availability',
      'nines',
    ])
      expect(tags, topic).toContain(topic)
  })

  it('grades wrong choices as wrong', () => {
    for (const { problem } of loaded) {
      const question = problem!.question
      if (question.type === 'numeric') continue
      const wrong = question.options.find((option) => !question.answer.includes(option.id))!
      expect(
        gradeAnswer(question, question.type === 'single' ? wrong.id : [wrong.id]).correct,
      ).toBe(false)
    }
  })
})

describe('loaders report mistakes at their line', () => {
  const temps: string[] = []
  afterEach(() => {
    while (temps.length > 0) rmSync(temps.pop()!, { recursive: true, force: true })
  })

  function copyOf(slug: string) {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'drill-dq-')), slug)
    cpSync(path.join(root, slug), dir, { recursive: true })
    temps.push(path.dirname(dir))
    return dir
  }

  function edit(file: string, from: string | RegExp, to: string) {
    const text = readText(file)
    const next = text.replace(from, to)
    if (next === text) throw new Error(`no ${String(from)} in ${file}`)
    writeFileSync(file, next)
  }

  function lineOf(file: string, text: string) {
    return (
      readText(file)
        .split('\n')
        .findIndex((line) => line.includes(text)) + 1
    )
  }

  function messages(errors: ContentError[]) {
    return errors.map((error) => `${path.basename(error.file)}:${error.line}: ${error.message}`)
  }

  it('design.yaml: a misspelt field, a missing tolerance, both tolerance and factor', () => {
    const dir = copyOf('design-rate-limiter')
    const file = path.join(dir, 'design.yaml')
    edit(file, 'answer: 240000', 'answer: 240000\n    factor: 2')
    edit(
      file,
      '    tolerance: 0.5\n    worked: |\n      1.2 million requests/s ÷',
      '    tolerence: 0.5\n    worked: |\n      1.2 million requests/s ÷',
    )
    const { errors } = loadDesignFiles(dir)
    expect(messages(errors)).toEqual([
      `design.yaml:${lineOf(file, 'id: decisions-per-node')}: estimate decisions-per-node: give a tolerance (relative, like 0.5 for ±50%) or a factor (like 2)`,
      `design.yaml:${lineOf(file, 'tolerence')}: estimate decisions-per-node: unknown field "tolerence" (did you mean "tolerance"?)`,
      `design.yaml:${lineOf(file, 'factor: 2')}: estimate batched-updates: give either tolerance or factor, not both`,
    ])
  })

  it('design.yaml: rules past the schema point at their line', () => {
    const dir = copyOf('design-rate-limiter')
    const file = path.join(dir, 'design.yaml')
    edit(file, 'weight: 20', 'weight: 25')
    edit(file, 'unit: MB/s', 'unit: MQ/s')
    edit(file, 'id: batched-updates', 'id: counter-memory')
    const { errors } = loadDesignFiles(dir)
    expect(messages(errors)).toEqual([
      `design.yaml:${lineOf(file, 'id: central-bandwidth')}: estimate central-bandwidth: "MQ/s" is not a unit of a known family (a rate: /s, /min, /h or /day; a data size: B, KB, MB, GB, TB or PB (powers of 1000); a count: thousand (k), million (M) or billion (bn); a duration: ms, s, min, h, days or years; a data rate: MB/s, Gbps or TB/day; a percentage: %)`,
      `design.yaml:${lineOf(file, 'updates per second the store') - 1}: estimate id "counter-memory" is already used on line ${lineOf(file, 'id: counter-memory')}`,
      `design.yaml:${lineOf(file, 'rubric:')}: the rubric weights sum to 105; they must sum to 100 (requirements 10, estimates 10, algorithm 15, distributed-counting 25, accuracy 10, hot-keys 10, failure-modes 15, rollout 10)`,
    ])
  })

  it('reference.md: an unknown heading and a missing section', () => {
    const dir = copyOf('design-rate-limiter')
    const file = path.join(dir, 'reference.md')
    edit(file, '## Trade-offs', '## Tradeoffs and costs')
    const { errors } = loadDesignFiles(dir)
    expect(messages(errors)[0]).toBe(
      'reference.md:1: reference.md has no "## Trade-offs" section; the reference answer covers every section of the form',
    )
    expect(messages(errors)[1]).toMatch(
      new RegExp(
        `^reference.md:${lineOf(file, '## Tradeoffs and costs')}: "## Tradeoffs and costs" is not a section of the answer form`,
      ),
    )
  })

  it('checkDesign holds the authoring counts', () => {
    const { problem } = loadDesign(path.join(root, 'design-rate-limiter'))
    const fewer = { ...problem!, estimates: problem!.estimates.slice(0, 2) }
    expect(messages(checkDesign(fewer).errors)).toEqual([
      `design.yaml:${problem!.lines.estimates}: a design has 3–6 estimates; this one has 2`,
    ])
  })

  it('quiz.yaml: a single-choice question with two answers, an unknown option, a bad type', () => {
    const dir = copyOf('quiz-cap-partition-choice')
    const file = path.join(dir, 'quiz.yaml')
    const answerLine = lineOf(file, 'answer:')
    edit(file, /^answer: .*$/m, 'answer: [a, b, zz]')
    const { errors } = loadQuizFiles(dir)
    expect(messages(errors)).toEqual([
      `quiz.yaml:${answerLine}: answer names option "zz", which does not exist (options: a, b, c, d)`,
      `quiz.yaml:${answerLine}: a single-choice question has exactly one correct option; answer names 3 (a, b, zz); use type: multiple for more`,
    ])
    edit(file, 'type: single', 'type: singel')
    expect(messages(loadQuizFiles(dir).errors)).toEqual([
      'quiz.yaml:1: type must be one of single, multiple, numeric',
    ])
  })

  it('quiz.yaml: a numeric answer with an unknown unit or one that fails its own tolerance', () => {
    const dir = copyOf('quiz-nines-downtime-9995')
    const file = path.join(dir, 'quiz.yaml')
    edit(file, /unit: min/, 'unit: mn/z')
    expect(messages(loadQuizFiles(dir).errors)[0]).toMatch(
      new RegExp(
        `^quiz.yaml:${lineOf(file, 'unit: mn/z')}: answer.unit "mn/z" is not a unit of a known family`,
      ),
    )
    edit(file, 'unit: mn/z', 'unit: min')
    edit(file, /tolerance: .*/, 'tolerance: "3 GB"')
    expect(messages(loadQuizFiles(dir).errors)).toEqual([
      `quiz.yaml:${lineOf(file, 'tolerance:')}: answer.tolerance: the tolerance cannot be read: "GB" is a data size, but this answer is a duration: write a number of min (like 12k or 1.5) or use ms, s, min, h, days or years.`,
    ])
  })

  it('a quiz folder refuses files of other kinds', () => {
    const dir = copyOf('quiz-nines-downtime-9995')
    writeFileSync(path.join(dir, 'hints.md'), '## Hint 1\nThink.\n')
    const { problem, errors } = loadQuiz(dir)
    expect(problem).toBeUndefined()
    expect(messages(errors)).toEqual([
      'hints.md:1: hints.md does not belong to a kind: quiz problem',
    ])
    expect(existsSync(path.join(dir, 'quiz.yaml'))).toBe(true)
  })
})
