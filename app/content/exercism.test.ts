import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJudgePool } from '~/judge/pool.server'
import { checkProblems } from './check'
import {
  ExercismImportError,
  ExistingProblemError,
  importCanonicalData,
  writeImportedProblem,
} from './exercism'
import { loadContent } from './loader'

const exercismDir = fileURLToPath(new URL('../../tests/fixtures/exercism', import.meta.url))
const canonical = (name: string) =>
  readFileSync(path.join(exercismDir, name, 'canonical-data.json'), 'utf8')

const idOf = (uuid: string) => Number.parseInt(uuid.slice(0, 8), 16) & 0x7fffffff

interface TestEntry {
  id: number
  name: string
  visible?: boolean
  args: unknown[]
  expected: unknown
}
const testsOf = (files: Record<string, string>) =>
  (parseYaml(files['tests.yaml']) as { tests: TestEntry[] }).tests

/** A canonical-data.json with one property, made up on the spot. */
function data(cases: unknown[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({ exercise: 'made-up', cases, ...extra })
}
function testCase(
  uuid: string,
  input: Record<string, unknown>,
  expected: unknown,
  more: Record<string, unknown> = {},
) {
  return {
    uuid,
    description: `case ${uuid.slice(0, 4)}`,
    property: 'solve',
    input,
    expected,
    ...more,
  }
}
const uuid = (prefix: string, n = 0) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`

describe('importCanonicalData', () => {
  it('flattens nested groups, takes the arguments in the first case key order and derives ids from the uuids', () => {
    const imported = importCanonicalData({
      json: canonical('is-business-day'),
      slug: 'is-business-day',
    })
    expect(imported.folder).toBe('exercism/is-business-day')
    expect(imported.entry).toBe('isBusinessDay')
    expect(imported.signature).toBe(
      'function isBusinessDay(date: string, holidays: string[]): boolean',
    )
    const tests = testsOf(imported.files)
    expect(tests).toHaveLength(14)
    expect(tests[0]).toEqual({
      id: idOf('356ea2ed-b29c-4470-9076-43eba9eebe81'),
      name: 'weekdays: a Monday',
      visible: true,
      args: ['2024-03-04', []],
      expected: true,
    })
    expect(tests.filter((test) => test.visible).length).toBe(2)
    expect(tests.map((test) => test.name)).toContain(
      'holidays: on a weekend: a Saturday holiday is still not a business day',
    )
    expect(tests.find((test) => test.name === 'holidays: one of several holidays')?.args).toEqual([
      '2024-05-01',
      ['2024-01-01', '2024-05-01', '2024-12-25'],
    ])
    expect(new Set(tests.map((test) => test.id)).size).toBe(tests.length)
    expect(imported.tests.map((test) => test.uuid)).not.toContain(
      'ed1c5f99-79ad-4784-ac1f-a9331a6fe966',
    )
    expect(imported.notes).toContain(
      'Left out case ed1c5f99-79ad-4784-ac1f-a9331a6fe966 "holidays: on a weekend: a Saturday holiday is a business day": case 0f9370ee-3ac2-4247-a8b9-aca80c993c24 reimplements it.',
    )
  })

  it('leaves error cases out with a note by default, or keeps them as { error } results behind a checker', () => {
    const skipped = importCanonicalData({
      json: canonical('compact-duration'),
      slug: 'compact-duration',
    })
    expect(testsOf(skipped.files)).toHaveLength(14)
    expect(skipped.files['checker.ts']).toBeUndefined()
    expect(skipped.files['tests.yaml']).toContain(
      '#   aab21ee3-fac5-4fc8-8371-d2859c9dd9e5 invalid input: negative seconds: throws "seconds must not be negative"',
    )
    expect(
      skipped.notes.some((note) =>
        note.startsWith('Left out 2 error case(s): the judge cannot expect a throw'),
      ),
    ).toBe(true)
    expect(skipped.signature).toBe(
      'function formatDuration(seconds: number, units: number): string',
    )

    const kept = importCanonicalData({
      json: canonical('compact-duration'),
      slug: 'compact-duration',
      errorCases: 'checker',
    })
    const tests = testsOf(kept.files)
    expect(tests).toHaveLength(16)
    expect(
      tests.find((test) => test.id === idOf('aab21ee3-fac5-4fc8-8371-d2859c9dd9e5')),
    ).toMatchObject({
      args: [-1, 4],
      expected: { error: 'seconds must not be negative' },
    })
    expect(kept.signature).toBe(
      'function formatDuration(seconds: number, units: number): string | { error: string }',
    )
    expect(kept.files['problem.md']).toContain('comparator: checker')
    expect(kept.files['checker.ts']).toContain(
      'function check(input: unknown[], expected: unknown, actual: unknown)',
    )
  })

  it('gives a colliding or zero id the next free number, in file order, and says so', () => {
    const imported = importCanonicalData({
      json: data([
        testCase(uuid('00000005'), { n: 1 }, 1),
        testCase(uuid('80000005', 1), { n: 2 }, 2),
        testCase(uuid('00000000', 2), { n: 3 }, 3),
      ]),
      slug: 'made-up',
    })
    expect(imported.tests.map((test) => test.id)).toEqual([5, 6, 1])
    expect(imported.notes.filter((note) => note.includes('got test id'))).toEqual([
      `Case ${uuid('80000005', 1)} "case 8000" got test id 6: 5 was taken by an earlier case.`,
      `Case ${uuid('00000000', 2)} "case 0000" got test id 1: 0 is not a positive id.`,
    ])
  })

  it('types the signature from every case: unions, maps, empty lists and unknown', () => {
    const imported = importCanonicalData({
      json: data([
        testCase(
          uuid('00000001'),
          { values: [], counts: { a: 1 }, label: 'x', any: 1, default: true },
          { total: 1, note: null },
        ),
        testCase(
          uuid('00000002'),
          { values: [1, 2], counts: { b: 2, c: 3 }, label: null, any: 'x', default: false },
          { total: 2, note: 'n' },
        ),
        testCase(
          uuid('00000003'),
          { values: [3], counts: {}, label: 'y', any: [true], default: true },
          { total: 3, note: null },
        ),
        testCase(
          uuid('00000004'),
          { values: [4], counts: {}, label: 'z', any: { k: 1 }, default: true },
          { total: 3, note: null },
        ),
      ]),
      slug: 'made-up',
    })
    expect(imported.signature).toBe(
      'function solve(values: number[], counts: Record<string, number>, label: string | null, any: unknown, defaultValue: boolean): { total: number; note: null | string }',
    )
    expect(imported.files['starter.ts']).toBe(
      `${imported.signature} {\n  // your code here\n  return { total: 0, note: null }\n}\n`,
    )
  })

  it('refuses what cannot become one problem, listing every reason', () => {
    const twoProperties = data([
      testCase(uuid('00000001'), { n: 1 }, 1),
      { ...testCase(uuid('00000002'), { n: 1 }, 1), property: 'other' },
    ])
    expect(() => importCanonicalData({ json: twoProperties, slug: 'made-up' })).toThrow(
      'The cases test 2 properties: solve (1 case), other (1 case). A problem has one entry function: choose one with --property and import each property as its own problem (its own slug).',
    )
    expect(
      importCanonicalData({ json: twoProperties, slug: 'made-up', property: 'other' }).entry,
    ).toBe('other')

    const broken = data([
      {
        description: 'group',
        cases: [
          testCase('not-a-uuid', { n: 1 }, 1),
          { description: 'no property', uuid: uuid('00000003'), input: {}, expected: 1 },
        ],
      },
      testCase(uuid('00000004'), { n: 1, m: 2 }, 1),
      testCase(uuid('00000004'), { n: 1 }, 1),
    ])
    const error = (() => {
      try {
        importCanonicalData({ json: broken, slug: 'Bad Slug' })
      } catch (caught) {
        return caught as ExercismImportError
      }
    })()
    expect(error).toBeInstanceOf(ExercismImportError)
    expect(error!.problems).toEqual([
      '"Bad Slug" is not a valid slug: use lowercase words joined by - (like "two-sum").',
      'cases[0].cases[0] "case not-": uuid "not-a-uuid" is not a UUID.',
      'cases[0].cases[1] "no property": property is missing (a case needs uuid, description, property, input and expected; a group, description and cases).',
      `cases[2] "case 0000": uuid ${uuid('00000004')} is also used by cases[1].`,
    ])
    expect(() => importCanonicalData({ json: '{ nope', slug: 'made-up' })).toThrow(
      /^canonical-data.json is not valid JSON/,
    )
    expect(() =>
      importCanonicalData({
        json: data([
          testCase(uuid('00000001'), { n: 1 }, 1),
          testCase(uuid('00000002'), { m: 1 }, 1),
        ]),
        slug: 'made-up',
      }),
    ).toThrow(
      `cases[1] "case 0000": input has keys m but the first case of solve has keys n; every case must name the same arguments.`,
    )
  })
})

describe('an imported exercise in drill problems check', () => {
  let pool: ReturnType<typeof createJudgePool>
  let root: string
  beforeAll(() => {
    pool = createJudgePool({ workers: 2, queueLimit: 1000 })
    root = path.join(mkdtempSync(path.join(tmpdir(), 'drill-exercism-')), 'problems')
  })
  afterAll(async () => {
    await pool.close()
    rmSync(path.dirname(root), { recursive: true, force: true })
  })

  const references: Record<string, string> = {
    'is-business-day': `function isBusinessDay(date: string, holidays: string[]): boolean {
  const match = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(date)
  if (!match) throw new Error('invalid date')
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  if (month < 1 || month > 12 || day < 1 || day > lengths[month - 1]) throw new Error('invalid date')
  // Sakamoto's method; 0 is Sunday.
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
  const y = month < 3 ? year - 1 : year
  const weekday = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1] + day) % 7
  if (weekday === 0 || weekday === 6) return false
  return !holidays.includes(date)
}
`,
    'compact-duration': `function formatDuration(seconds: number, units: number): string | { error: string } {
  if (seconds < 0) return { error: 'seconds must not be negative' }
  if (units < 1) return { error: 'units must be at least 1' }
  const parts: string[] = []
  let rest = seconds
  for (const [size, unit] of [[86400, 'd'], [3600, 'h'], [60, 'm'], [1, 's']] as const) {
    const count = Math.floor(rest / size)
    rest -= count * size
    if (count > 0) parts.push(count + unit)
  }
  return parts.length === 0 ? '0s' : parts.slice(0, units).join(' ')
}
`,
  }

  /** What the author does after importing: statement, reference, hints and editorial. */
  function writeTheRest(dir: string, slug: string) {
    const problem = path.join(dir, 'problem.md')
    const text = readFileSync(problem, 'utf8')
    const frontmatterEnd = text.indexOf('\n---\n', 4) + '\n---\n'.length
    writeFileSync(
      problem,
      `${text.slice(0, frontmatterEnd)}\nThe statement of ${slug}, written by its author.\n`,
    )
    writeFileSync(path.join(dir, 'solution.ts'), references[slug])
    writeFileSync(
      path.join(dir, 'hints.md'),
      '## Hint 1\nStart with the simple cases.\n\n## Hint 2\nThen the edge cases.\n',
    )
    writeFileSync(
      path.join(dir, 'editorial.md'),
      'Handle each part in turn; constant time and space.\n',
    )
  }

  it(
    'is reported as TODO until its author writes the rest, then check accepts it',
    { timeout: 180_000 },
    async () => {
      const dirs = [
        writeImportedProblem({
          root,
          imported: importCanonicalData({
            json: canonical('is-business-day'),
            slug: 'is-business-day',
          }),
        }),
        writeImportedProblem({
          root,
          imported: importCanonicalData({
            json: canonical('compact-duration'),
            slug: 'compact-duration',
            errorCases: 'checker',
          }),
        }),
      ]
      const todo = loadContent({ root })
      expect(todo.problems).toEqual([])
      for (const dir of dirs) {
        const files = todo.errors
          .filter(
            (error) =>
              error.file.startsWith(dir) &&
              error.message.startsWith('replace the placeholder:') &&
              error.message.includes('TODO(author)'),
          )
          .map((error) => path.relative(dir, error.file))
        expect([...new Set(files)].sort()).toEqual([
          'editorial.md',
          'hints.md',
          'problem.md',
          'solution.ts',
        ])
      }

      for (const dir of dirs) writeTheRest(dir, path.basename(dir))
      const report = await checkProblems({ paths: dirs, judge: pool })
      expect(report.problems.flatMap((problem) => problem.errors)).toEqual([])
      expect(report.ok).toBe(true)
      expect(report.problems.map((problem) => [problem.slug, problem.tests])).toEqual([
        ['compact-duration', 16],
        ['is-business-day', 14],
      ])
      // The generated wrong solution (the starter) is rejected.
      expect(
        report.problems.map((problem) => problem.wrongSolutions.map((wrong) => wrong.verdict)),
      ).toEqual([['wrong_answer'], ['wrong_answer']])
    },
  )

  it('never overwrites: an existing slug (in any area) or folder is refused', () => {
    const imported = importCanonicalData({
      json: canonical('is-business-day'),
      slug: 'is-business-day',
      area: 'calendars',
    })
    expect(() => writeImportedProblem({ root, imported })).toThrow(ExistingProblemError)
    expect(() => writeImportedProblem({ root, imported })).toThrow(
      /^A problem "is-business-day" already exists in /,
    )
  })
})
