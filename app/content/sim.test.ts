import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkProblems } from './check'
import { formatContentError, type ContentError } from './errors'
import { loadProblem } from './loader'
import { type ContentJudge } from './prepare'
import { editFile, lineOf } from './test-fixtures'

// The loader and check of `kind: sim`, on a copy of the bundled echo challenge that each test may edit.
const bundled = path.resolve(__dirname, '../../problems/distributed-systems/echo')
const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function copyEcho() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'drill-sim-'))
  temps.push(root)
  const dir = path.join(root, 'distributed-systems', 'echo')
  cpSync(bundled, dir, { recursive: true })
  return { root, dir, file: (name: string) => path.join(dir, name) }
}

const shown = (errors: ContentError[], dir: string) =>
  errors.map((error) => formatContentError({ ...error, file: path.relative(dir, error.file) }))

/** Code problems are not part of these tests: a judge that refuses to run them. */
const noCodeJudge: ContentJudge = {
  judge: () => Promise.reject(new Error('no code problems here')),
  generate: () => Promise.reject(new Error('no code problems here')),
}

describe('loading a kind: sim problem', () => {
  it('reads the workload, the seeds and the wrong solutions with their headers', () => {
    const { problem, errors } = loadProblem(bundled)
    expect(errors).toEqual([])
    if (problem?.kind !== 'sim') throw new Error('echo is a sim problem')
    expect(problem.workload.workload).toBe('echo')
    expect(problem.seeds).toEqual([1])
    expect(problem.wrongSolutions.map((wrong) => [wrong.name, wrong.expect])).toEqual([
      ['wrong/send-not-reply.ts', 'wrong_answer'],
      ['wrong/wrong-field.ts', 'wrong_answer'],
    ])
    expect(problem.hints.length).toBeGreaterThanOrEqual(2)
  })

  it('points a JSON syntax error in workload.json at its line', () => {
    const echo = copyEcho()
    editFile(echo.file('workload.json'), '"rate": 20,', '"rate": 20,,')
    // `  "rate": 20,,`: the second comma, column 14, is where the parser gave up.
    expect(shown(loadProblem(echo.dir).errors, echo.dir)).toEqual([
      `workload.json:${lineOf(echo.file('workload.json'), '"rate"')}:14: workload.json is not valid JSON: expected double-quoted property name`,
    ])
  })

  it('names an unknown field with a suggestion, and a bad value, each at its line', () => {
    const echo = copyEcho()
    const workload = echo.file('workload.json')
    editFile(workload, '"nodeCount": 1', '"nodeCont": 1')
    editFile(workload, '"rate": 20', '"rate": -5')
    expect(shown(loadProblem(echo.dir).errors, echo.dir)).toEqual([
      `workload.json:${lineOf(workload, 'nodeCont')}: unknown field "nodeCont" (did you mean "nodeCount"?)`,
      `workload.json:${lineOf(workload, '"rate"')}: rate: number must be greater than 0`,
    ])
  })

  it('asks each wrong solution for a sim verdict in its header, and for the files of the kind', () => {
    const echo = copyEcho()
    editFile(
      echo.file('wrong/wrong-field.ts'),
      '// expect: wrong_answer',
      '// expect: memory_limit',
    )
    writeFileSync(echo.file('wrong/no-header.ts'), 'export function main(node) {}\n')
    rmSync(echo.file('solution.ts'))
    writeFileSync(echo.file('tests.yaml'), 'tests: []\n')
    expect(shown(loadProblem(echo.dir).errors, echo.dir)).toEqual([
      'solution.ts:1: solution.ts is missing',
      'tests.yaml:1: tests.yaml does not belong to a kind: sim problem (the workload is workload.json)',
      'wrong/no-header.ts:1: the file must start with a header comment naming its verdict, like "// expect: wrong_answer"',
      'wrong/wrong-field.ts:1: a sim wrong solution expects one of wrong_answer, time_limit, runtime_error, any (a failed check, a limit, an error), not "memory_limit"',
    ])
  })
})

describe('checking a kind: sim problem', { timeout: 120_000 }, () => {
  it('passes the reference on every seed, rejects the wrong solutions and proves a rerun identical', async () => {
    const echo = copyEcho()
    const report = await checkProblems({ paths: [echo.dir], judge: noCodeJudge })
    const [check] = report.problems
    expect(check!.errors).toEqual([])
    expect(check!.ok).toBe(true)
    expect(check!.sim!.deterministic).toBe(true)
    expect(check!.sim!.reference.map((run) => [run.seed, run.verdict])).toEqual([[1, 'passed']])
    expect(check!.sim!.starter!.verdict).toBe('failed')
    expect(check!.sim!.wrong.map((wrong) => [wrong.name, wrong.verdict])).toEqual([
      ['wrong/send-not-reply.ts', 'wrong_answer'],
      ['wrong/wrong-field.ts', 'wrong_answer'],
    ])
  })

  it('reports a wrong solution that passes, one rejected with another verdict, and a starter that passes', async () => {
    const echo = copyEcho()
    const solution = readFileSync(echo.file('solution.ts'), 'utf8')
    writeFileSync(
      echo.file('wrong/actually-right.ts'),
      `// expect: wrong_answer\n// Not wrong at all.\n${solution}`,
    )
    editFile(echo.file('wrong/wrong-field.ts'), '// expect: wrong_answer', '// expect: time_limit')
    writeFileSync(echo.file('starter.ts'), solution)
    const report = await checkProblems({ paths: [echo.dir], judge: noCodeJudge })
    const messages = shown(report.problems[0]!.errors, echo.dir)
    expect(messages).toHaveLength(3)
    expect(messages[0]).toBe(
      'starter.ts:1: the starter passes seed 1: leave the protocol to the candidate (it may compile and answer, but must fail)',
    )
    expect(messages[1]).toBe(
      'wrong/actually-right.ts:1: the workload lacks teeth: wrong/actually-right.ts passed on every seed (1)',
    )
    expect(messages[2]).toMatch(
      /^wrong\/wrong-field\.ts:1: expected time_limit but got wrong_answer on seed 1: \d+ echo replies did not carry the request's text back/,
    )
  })

  it('reports a reference that fails a seed, with the checker explanation', async () => {
    const echo = copyEcho()
    editFile(
      echo.file('solution.ts'),
      'echo: msg.body.echo',
      'echo: String(msg.body.echo).toUpperCase()',
    )
    const report = await checkProblems({ paths: [echo.dir], judge: noCodeJudge })
    const messages = shown(report.problems[0]!.errors, echo.dir)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(
      /^solution\.ts:1: seed 1: the reference gets failed \(wrong_answer\): \d+ echo replies did not carry/,
    )
  })
})
