import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJudgePool } from '~/judge/pool.server'
import { checkProblems } from './check'
import { formatContentError } from './errors'
import { loadContent, loadProblem } from './loader'
import { prepareProblem, visibleOnly } from './prepare'
import { scaffoldProblem } from './scaffold'
import { copyFixture, editFile, fixturesDir, lineOf } from './test-fixtures'

let pool: ReturnType<typeof createJudgePool>
beforeAll(() => {
  pool = createJudgePool({ workers: 2, queueLimit: 1000 })
})
afterAll(async () => {
  await pool.close()
})

const messages = (errors: { file: string; line: number; message: string }[], root: string) =>
  errors.map((error) => formatContentError({ ...error, file: path.relative(root, error.file) }))

// These run real code in the judge pool; a loaded machine (two cores shared with other work) needs headroom.
const slow = { timeout: 120_000 }

describe('checkProblems', slow, () => {
  it('passes the fixture content, calibrating a budget for every test', async () => {
    const report = await checkProblems({ paths: [path.join(fixturesDir, 'problems')], judge: pool })
    expect(report.problems.flatMap((problem) => problem.errors)).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.tracks.map((track) => [track.slug, track.ok])).toEqual([['basics', true]])
    const hasDuplicate = report.problems.find((problem) => problem.slug === 'has-duplicate')!
    expect(
      hasDuplicate.wrongSolutions.map((wrong) => [
        wrong.name,
        wrong.verdict,
        Object.keys(wrong.failing).includes(wrong.expect),
      ]),
    ).toEqual([
      ['wrong/all-pairs.ts', 'time_limit', true],
      ['wrong/neighbours.ts', 'wrong_answer', true],
    ])
    const tests = hasDuplicate.prepared!.judgeProblem.tests
    expect(tests).toHaveLength(12)
    for (const test of tests) {
      expect(test.budget).toBeGreaterThanOrEqual(200)
      expect(test.timeMs).toBe(2000)
    }
    expect(typeof tests.find((test) => test.id === 12)!.expected).toBe('boolean')
    expect(tests.find((test) => test.id === 11)!.args![0]).toHaveLength(20000)
  })

  it('reports a suite without teeth and a wrong solution that fails differently than its header says', async () => {
    const root = path.join(fixturesDir, 'toothless')
    const report = await checkProblems({
      paths: [path.join(root, 'basics/largest-value')],
      judge: pool,
    })
    expect(report.ok).toBe(false)
    expect(messages(report.problems[0].errors, root)).toEqual([
      'basics/largest-value/wrong/last-element.ts:1: expected time_limit but got wrong_answer on every failing test (tests 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)',
      'basics/largest-value/wrong/starts-at-zero.ts:1: tests lack teeth: wrong/starts-at-zero.ts was accepted',
    ])
  })

  it('reports a starter that does not compile and a reference that fails a test, at their lines', async () => {
    const copy = copyFixture()
    try {
      const dir = path.join(copy.root, 'basics/has-duplicate')
      writeFileSync(
        path.join(dir, 'starter.ts'),
        'function hasDuplicate(nums: number[]): boolean {\n  return (\n}\n',
      )
      editFile(
        path.join(dir, 'tests.yaml'),
        '    args: [[7]]\n    expected: false',
        '    args: [[7]]\n    expected: true',
      )
      const report = await checkProblems({ paths: [dir], judge: pool })
      expect(report.problems).toHaveLength(1)
      const errors = report.problems[0].errors
      expect(errors.map((error) => [path.basename(error.file), error.line])).toEqual([
        ['starter.ts', 3],
        ['tests.yaml', lineOf(path.join(dir, 'tests.yaml'), 'name: one element') - 1],
      ])
      expect(errors[0].message).toMatch(/^the starter does not compile: /)
      expect(errors[1].message).toMatch(/^test 4: the reference solution gets wrong answer/)
    } finally {
      copy.remove()
    }
  })
})

describe('prepareProblem', slow, () => {
  it('keeps hidden tests, the reference and the checker out of the browser projection', async () => {
    const { problem } = loadProblem(path.join(fixturesDir, 'problems/basics/has-duplicate'))
    if (problem?.kind !== 'code') throw new Error('has-duplicate is a code problem')
    const prepared = await prepareProblem(problem, pool)
    const browser = visibleOnly(prepared.judgeProblem)
    expect(browser.tests.map((test) => test.id)).toEqual([1, 2])
    expect(JSON.stringify(browser)).not.toContain('seen.add')
    expect(browser).not.toHaveProperty('checker')
  })
})

describe('drill problems new', slow, () => {
  it('scaffolds a problem that fails check until filled in and passes once filled', async () => {
    const copy = copyFixture()
    try {
      const created = scaffoldProblem({
        root: copy.root,
        track: 'basics',
        slug: 'sum-of-evens',
        module: 'arrays',
      })
      expect(created.dir).toBe(path.join(copy.root, 'basics/sum-of-evens'))
      expect(readFileSync(path.join(copy.root, 'tracks/basics.yaml'), 'utf8')).toContain(
        'items: [has-duplicate, sum-of-evens]',
      )

      const before = await checkProblems({ paths: [created.dir], judge: pool })
      expect(before.ok).toBe(false)
      const placeholders = before.problems[0].errors.map((error) =>
        path.relative(created.dir, error.file),
      )
      expect(new Set(placeholders)).toEqual(
        new Set([
          'problem.md',
          'starter.ts',
          'solution.ts',
          'tests.yaml',
          'wrong/naive.ts',
          'hints.md',
          'editorial.md',
        ]),
      )
      expect(
        before.problems[0].errors.every((error) =>
          error.message.startsWith('replace the placeholder: '),
        ),
      ).toBe(true)

      fillScaffold(created.dir)
      const after = await checkProblems({ paths: [created.dir], judge: pool })
      expect(after.problems[0].errors).toEqual([])
      expect(after.ok).toBe(true)
      expect(loadContent({ root: copy.root }).tracks[0].modules[0].items).toEqual([
        'has-duplicate',
        'sum-of-evens',
      ])
    } finally {
      copy.remove()
    }
  })
})

/** What an author does after `drill problems new`: replaces every placeholder with real content. */
function fillScaffold(dir: string) {
  const file = (name: string) => path.join(dir, name)
  const problem = readFileSync(file('problem.md'), 'utf8')
  writeFileSync(
    file('problem.md'),
    problem
      .replace(/^title: .*$/m, 'title: Sum of Evens')
      .replace(/^tags: .*$/m, 'tags: [arrays]')
      .replace(/^signature: .*$/m, 'signature: "function sumOfEvens(nums: number[]): number"')
      .replace(
        /---\n\n[\s\S]*$/,
        '---\n\nReturn the sum of the even numbers in `nums` (0 when there are none).\n',
      ),
  )
  const solution =
    'function sumOfEvens(nums: number[]): number {\n  let sum = 0\n  for (const value of nums) if (value % 2 === 0) sum += value\n  return sum\n}\n'
  writeFileSync(file('solution.ts'), solution)
  writeFileSync(
    file('starter.ts'),
    'function sumOfEvens(nums: number[]): number {\n  return 0\n}\n',
  )
  writeFileSync(
    file('wrong/naive.ts'),
    '// expect: time_limit\n// Re-scans the prefix for every element: O(n²).\nfunction sumOfEvens(nums: number[]): number {\n  let sum = 0\n  for (let i = 0; i < nums.length; i++) {\n    let prefix = 0\n    for (let j = 0; j <= i; j++) if (nums[j] % 2 === 0) prefix += nums[j]\n    sum = prefix\n  }\n  return sum\n}\n',
  )
  const cases = [
    [[1, 2, 3, 4], 6],
    [[], 0],
    [[7], 0],
    [[8], 8],
    [[-2, -3], -2],
    [[2, 2, 2], 6],
    [[0, 1], 0],
    [[1, 3, 5], 0],
    [[10, -10], 0],
    [[1000000000, 2], 1000000002],
    [[5, 6, 7, 8], 14],
  ]
  const lines = ['tests:']
  cases.forEach(([nums, expected], i) => {
    lines.push(
      `  - id: ${i + 1}`,
      `    name: case ${i + 1}`,
      `    visible: ${i < 2}`,
      `    args: [${JSON.stringify(nums)}]`,
      `    expected: ${expected}`,
    )
  })
  lines.push(
    '  - id: 12',
    '    name: 20 000 numbers',
    '    generate: |',
    '      const nums = []',
    '      for (let i = 0; i < 20000; i++) nums.push(rng.int(-1000, 1000))',
    '      return { args: [nums] }',
  )
  writeFileSync(file('tests.yaml'), `${lines.join('\n')}\n`)
  writeFileSync(
    file('hints.md'),
    '## Hint 1\nWhich numbers count?\n\n## Hint 2\nOne pass with a running sum.\n',
  )
  writeFileSync(
    file('editorial.md'),
    'Add up the values with `value % 2 === 0` in one pass: O(n) time, O(1) space.\n',
  )
}
