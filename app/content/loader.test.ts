import { renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatContentError, type ContentError } from './errors'
import { hashProblemFolder, loadContent, loadProblem, parseExpectHeader } from './loader'
import { problemKinds } from './schema'
import { copyFixture, editFile, fixturesDir, lineOf } from './test-fixtures'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

function editableContent() {
  const copy = copyFixture()
  cleanups.push(copy.remove)
  return {
    root: copy.root,
    file: (relative: string) => path.join(copy.root, relative),
  }
}

function errorsIn(errors: ContentError[], file: string) {
  return errors
    .filter((error) => error.file === file)
    .map((error) => ({ line: error.line, message: error.message }))
}

describe('loadContent', () => {
  it('loads the fixture track and problems with no errors', () => {
    const content = loadContent({ root: path.join(fixturesDir, 'problems') })
    expect(content.errors).toEqual([])
    expect(content.tracks.map((track) => track.slug)).toEqual(['basics'])
    expect(
      content.tracks[0].modules.map((module) => [module.slug, module.requires, module.items]),
    ).toEqual([
      ['arrays', [], ['has-duplicate']],
      ['design', ['arrays'], ['running-total']],
    ])
    const hasDuplicate = content.problems.find((problem) => problem.slug === 'has-duplicate')!
    if (hasDuplicate.kind !== 'code') throw new Error('has-duplicate is a code problem')
    expect(hasDuplicate.frontmatter).toMatchObject({
      harness: 'function',
      entry: 'hasDuplicate',
      comparator: 'exact',
      limits: { budgetFactor: 4, budgetFloor: 200, timeMs: 2000 },
    })
    expect(hasDuplicate.tests).toHaveLength(12)
    expect(hasDuplicate.tests.filter((test) => test.visible).map((test) => test.id)).toEqual([1, 2])
    expect(hasDuplicate.tests.find((test) => test.id === 12)).toMatchObject({
      hasExpected: false,
      line: lineOf(path.join(hasDuplicate.dir, 'tests.yaml'), 'id: 12'),
    })
    expect(hasDuplicate.wrongSolutions.map((wrong) => [wrong.name, wrong.expect])).toEqual([
      ['wrong/all-pairs.ts', 'time_limit'],
      ['wrong/neighbours.ts', 'wrong_answer'],
    ])
    expect(hasDuplicate.hints.map((hint) => hint.title)).toEqual(['Hint 1', 'Hint 2'])
    expect(hasDuplicate.statement).toContain('Return `true`')
  })

  it('reports a YAML syntax error at its line and still loads the other problems', () => {
    const content = editableContent()
    const tests = content.file('basics/has-duplicate/tests.yaml')
    editFile(tests, '    name: empty\n', '    name: empty: oops\n')
    const loaded = loadContent({ root: content.root })
    expect(errorsIn(loaded.errors, tests)).toEqual([
      {
        line: lineOf(tests, 'empty: oops'),
        message: expect.stringMatching(/^YAML syntax error: /),
      },
    ])
    expect(loaded.problems.map((problem) => problem.slug)).toEqual(['running-total'])
    expect(loaded.tracks[0].modules[0].items).toEqual([])
  })

  it('reports values of the wrong type at the line where they sit', () => {
    const content = editableContent()
    const problem = content.file('basics/has-duplicate/problem.md')
    editFile(problem, 'difficulty: easy', 'difficulty: 3')
    editFile(problem, 'tags: [arrays, hashing]', 'tags: arrays')
    const { errors } = loadProblem(path.dirname(problem))
    expect(errorsIn(errors, problem)).toEqual([
      { line: 5, message: 'difficulty must be one of easy, medium, hard, not a number' },
      { line: 6, message: 'tags must be a list, not text' },
    ])
    const tests = content.file('basics/has-duplicate/tests.yaml')
    editFile(problem, 'difficulty: 3', 'difficulty: easy')
    editFile(problem, 'tags: arrays', 'tags: [arrays]')
    editFile(tests, '  - id: 4\n', '  - id: four\n')
    expect(errorsIn(loadProblem(path.dirname(problem)).errors, tests)).toEqual([
      { line: lineOf(tests, 'id: four'), message: 'test #4: id must be a number, not text' },
    ])
  })

  it('reports a duplicate test id at the second use, naming the first', () => {
    const content = editableContent()
    const tests = content.file('basics/has-duplicate/tests.yaml')
    editFile(tests, '  - id: 9\n', '  - id: 3\n')
    const { problem, errors } = loadProblem(path.dirname(tests))
    expect(problem).toBeUndefined()
    expect(errors.map((error) => formatContentError(error))).toEqual([
      `${tests}:${lineOf(tests, 'name: far apart') - 1}: test 3: id 3 is already used by the test on line ${lineOf(tests, 'name: empty') - 1}; ids are unique and never reused`,
    ])
  })

  it('reports a missing expected value, unknown fields with a suggestion, and args under a class harness', () => {
    const content = editableContent()
    const tests = content.file('basics/has-duplicate/tests.yaml')
    editFile(tests, '    args: [[7]]\n    expected: false\n', '    args: [[7]]\n')
    editFile(tests, '    name: adjacent pair\n', '    name: adjacent pair\n    visble: true\n')
    const classTests = content.file('basics/running-total/tests.yaml')
    editFile(classTests, '    ops: [[new], [total]]', '    args: [1]\n    ops: [[new], [total]]')
    const loaded = loadContent({ root: content.root })
    expect(errorsIn(loaded.errors, tests)).toEqual([
      { line: lineOf(tests, 'name: one element') - 1, message: 'test 4: expected is missing' },
      {
        line: lineOf(tests, 'visble'),
        message: 'test 5: unknown field "visble" (did you mean "visible"?)',
      },
    ])
    expect(errorsIn(loaded.errors, classTests)).toEqual([
      {
        line: lineOf(classTests, 'args: [1]'),
        message: 'test 2: args does not apply to harness class; use ops',
      },
    ])
  })

  it('checks that expected has one value per operation in a class test', () => {
    const content = editableContent()
    const tests = content.file('basics/running-total/tests.yaml')
    editFile(tests, 'expected: [null, null, null, 7]', 'expected: [null, null, 7]')
    expect(errorsIn(loadProblem(path.dirname(tests)).errors, tests)).toEqual([
      {
        line: lineOf(tests, 'expected: [null, null, 7]'),
        message: 'test 1: expected must be a list with one value per operation (4)',
      },
    ])
  })

  it('reports unknown track items, duplicate module slugs and bad prerequisites in the track file', () => {
    const content = editableContent()
    const track = content.file('tracks/basics.yaml')
    editFile(track, 'items: [has-duplicate]', 'items: [has-duplicate, no-such-problem]')
    editFile(track, 'requires: [arrays]', 'requires: [design, strings]')
    editFile(
      track,
      '      - running-total\n',
      '      - running-total\n  - slug: arrays\n    title: Again\n    items: [has-duplicate]\n',
    )
    const loaded = loadContent({ root: content.root })
    expect(errorsIn(loaded.errors, track)).toEqual([
      {
        line: 8,
        message: 'unknown problem "no-such-problem": no folder <area>/no-such-problem/ exists',
      },
      { line: 11, message: 'module design cannot require itself' },
      { line: 11, message: 'requires "strings", which is not a module of this track' },
      { line: 14, message: 'module slug "arrays" is used twice in this track' },
      { line: 16, message: 'problem "has-duplicate" is already listed in module arrays' },
    ])
    expect(loaded.tracks).toEqual([])
    expect(loaded.problems).toHaveLength(2)
  })

  it('reports prerequisites that form a cycle', () => {
    const content = editableContent()
    const track = content.file('tracks/basics.yaml')
    editFile(
      track,
      '    items: [has-duplicate]',
      '    requires: [design]\n    items: [has-duplicate]',
    )
    expect(errorsIn(loadContent({ root: content.root }).errors, track)).toEqual([
      { line: 8, message: 'modules require each other in a cycle: arrays → design → arrays' },
    ])
  })

  it('requires an expect header in every wrong solution', () => {
    const content = editableContent()
    const wrong = content.file('basics/has-duplicate/wrong/neighbours.ts')
    editFile(wrong, '// expect: wrong_answer\n', '')
    const invalid = content.file('basics/has-duplicate/wrong/all-pairs.ts')
    editFile(invalid, '// expect: time_limit', '// expect: too_slow')
    const { errors } = loadProblem(path.dirname(path.dirname(wrong)))
    expect(errors.map((error) => formatContentError(error))).toEqual([
      `${invalid}:1: expect must be one of wrong_answer, time_limit, runtime_error, memory_limit, any, not "too_slow"`,
      `${wrong}:1: the file must start with a header comment naming its verdict, like "// expect: wrong_answer"`,
    ])
  })

  it('requires at least one wrong solution, the slug of the folder, and a checker exactly with comparator checker', () => {
    const content = editableContent()
    const dir = content.file('basics/has-duplicate')
    rmSync(path.join(dir, 'wrong'), { recursive: true })
    editFile(path.join(dir, 'problem.md'), 'slug: has-duplicate', 'slug: has-duplicates')
    editFile(
      path.join(dir, 'problem.md'),
      'harness: function',
      'harness: function\ncomparator: checker',
    )
    expect(
      loadProblem(dir).errors.map((error) => [
        path.relative(dir, error.file),
        error.line,
        error.message,
      ]),
    ).toEqual([
      ['problem.md', 2, 'slug "has-duplicates" must equal the folder name "has-duplicate"'],
      ['problem.md', 9, 'comparator checker needs a checker.ts beside problem.md'],
      [
        'wrong',
        1,
        'a problem needs at least one wrong solution in wrong/ (a realistic mistake its tests must reject)',
      ],
    ])
    editFile(path.join(dir, 'problem.md'), 'comparator: checker\n', '')
    writeFileSync(path.join(dir, 'checker.ts'), 'function check() { return true }\n')
    expect(
      loadProblem(dir).errors.map((error) => [
        path.relative(dir, error.file),
        error.line,
        error.message,
      ]),
    ).toContainEqual(['checker.ts', 1, 'checker.ts is only used with comparator: checker'])
  })

  it('rejects a kind that is not implemented yet instead of misreading it', () => {
    const content = editableContent()
    const problem = content.file('basics/has-duplicate/problem.md')
    editFile(problem, 'kind: code', 'kind: essay')
    expect(errorsIn(loadProblem(path.dirname(problem)).errors, problem)).toEqual([
      { line: 4, message: `kind "essay" is not supported yet (supported: ${problemKinds.join(', ')})` },
    ])
  })

  it('splits hints on ## headings and rejects text outside a hint', () => {
    const content = editableContent()
    const hints = content.file('basics/has-duplicate/hints.md')
    writeFileSync(
      hints,
      'Intro text\n\n## First\nLook closer.\n\n## Second\n```ts\n## not a heading inside code\n```\n',
    )
    expect(errorsIn(loadProblem(path.dirname(hints)).errors, hints)).toEqual([
      { line: 1, message: 'text before the first "## " heading belongs to no hint' },
    ])
    writeFileSync(
      hints,
      '## First\nLook closer.\n\n## Second\n```ts\n## not a heading inside code\n```\n',
    )
    expect(loadProblem(path.dirname(hints)).problem?.hints).toEqual([
      { title: 'First', markdown: 'Look closer.' },
      { title: 'Second', markdown: '```ts\n## not a heading inside code\n```' },
    ])
  })
})

describe('parseExpectHeader', () => {
  it('reads the verdict and the explanation from the leading comments', () => {
    expect(
      parseExpectHeader('// expect: time_limit\n// Checks every pair.\n// O(n²).\nfunction f() {}'),
    ).toEqual({
      expect: 'time_limit',
      why: 'Checks every pair. O(n²).',
      line: 1,
    })
    expect(parseExpectHeader('function f() {}\n// expect: wrong_answer\n')).toMatchObject({
      line: 1,
      error: expect.any(String),
    })
  })
})

describe('hashProblemFolder', () => {
  it('is stable across copies and line endings, and changes with any file', () => {
    const content = editableContent()
    const dir = content.file('basics/has-duplicate')
    const original = hashProblemFolder(path.join(fixturesDir, 'problems/basics/has-duplicate'))
    expect(hashProblemFolder(dir)).toBe(original)
    expect(loadProblem(dir).problem?.hash).toBe(original)

    const solution = path.join(dir, 'solution.ts')
    writeFileSync(solution, readFileSync(solution, 'utf8').replace(/\n/g, '\r\n'))
    expect(hashProblemFolder(dir)).toBe(original)

    editFile(path.join(dir, 'wrong/neighbours.ts'), 'nums[i - 1]', 'nums[i-1]')
    const edited = hashProblemFolder(dir)
    expect(edited).not.toBe(original)

    renameSync(path.join(dir, 'wrong/neighbours.ts'), path.join(dir, 'wrong/adjacent.ts'))
    expect(hashProblemFolder(dir)).not.toBe(edited)
  })
})
