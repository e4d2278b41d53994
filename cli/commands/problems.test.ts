import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportArchive } from '~/content/archive'
import { copyFixture, editFile } from '~/content/test-fixtures'
import { runDrill } from '../../tests/fixtures/content/run-drill'

const scratch = mkdtempSync(path.join(tmpdir(), 'drill-cli-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('drill problems', () => {
  it('list --json prints one row per problem with its tracks and counts', async () => {
    const { code, stdout } = await runDrill([
      'problems',
      'list',
      '--json',
      '--root',
      'tests/fixtures/content/problems',
    ])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([
      {
        slug: 'has-duplicate',
        title: 'Has Duplicate',
        kind: 'code',
        tracks: ['basics'],
        difficulty: 'easy',
        tests: 12,
        hiddenTests: 10,
        wrongSolutions: 2,
      },
      {
        slug: 'running-total',
        title: 'Running Total',
        kind: 'code',
        tracks: ['basics'],
        difficulty: 'easy',
        tests: 13,
        hiddenTests: 11,
        wrongSolutions: 2,
      },
    ])
  })

  it('check exits 1 with file:line reasons for a suite without teeth, and 2 for a path that does not exist', async () => {
    const [failing, missing] = await Promise.all([
      runDrill(['problems', 'check', 'tests/fixtures/content/toothless/basics/largest-value']),
      runDrill(['problems', 'check', 'tests/fixtures/content/nowhere']),
    ])
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('FAIL largest-value')
    expect(failing.stdout).toContain(
      'tests/fixtures/content/toothless/basics/largest-value/wrong/starts-at-zero.ts:1: tests lack teeth: wrong/starts-at-zero.ts was accepted',
    )
    expect(failing.stdout).toMatch(/^FAILED: 1 problems: 0 OK, 1 failed; .* s\.$/m)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('tests/fixtures/content/nowhere does not exist.')
  }, 120_000)

  it('new exits 2 for a track that does not exist', async () => {
    const { code, stderr } = await runDrill([
      'problems',
      'new',
      'no-such-track',
      'some-problem',
      '--root',
      'tests/fixtures/content/problems',
    ])
    expect(code).toBe(2)
    expect(stderr).toContain('There is no track "no-such-track"')
  })

  it('export writes an archive; import --dry-run checks it and writes nothing; import adds it (exit 0)', async () => {
    const archive = path.join(scratch, 'basics.tar.gz')
    const root = path.join(scratch, 'imported')
    const exported = await runDrill([
      'problems',
      'export',
      '--track',
      'basics',
      '--root',
      'tests/fixtures/content/problems',
      '--out',
      archive,
    ])
    expect(exported.code).toBe(0)
    expect(exported.stdout).toMatch(
      /^Exported 2 problems \(has-duplicate, running-total\) and 1 track \(basics\) to .*basics\.tar\.gz \(\d+\.\d KB\)\.$/m,
    )

    const dryRun = await runDrill(['problems', 'import', archive, '--root', root, '--dry-run'])
    expect(dryRun.code).toBe(0)
    expect(dryRun.stdout).toContain(
      `Would import 2 problems into ${root}: has-duplicate, running-total.`,
    )
    expect(existsSync(root)).toBe(false)

    const imported = await runDrill(['problems', 'import', archive, '--root', root])
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain(
      `Imported 2 problems into ${root}: has-duplicate, running-total.`,
    )
    expect(imported.stdout).toContain('Wrote tracks: basics.')
    expect(readdirSync(path.join(root, 'basics')).sort()).toEqual([
      'has-duplicate',
      'running-total',
    ])
  }, 120_000)

  it('import exits 1 listing every error and writing nothing, and 2 for an archive that does not exist', async () => {
    const source = copyFixture()
    try {
      editFile(
        path.join(source.root, 'basics/has-duplicate/tests.yaml'),
        '  - id: 2\n',
        '  - id: 1\n',
      )
      const archive = path.join(scratch, 'broken.tar.gz')
      await exportArchive({ root: source.root, slugs: ['has-duplicate'], out: archive })
      const root = path.join(scratch, 'untouched')
      const [broken, missing] = await Promise.all([
        runDrill(['problems', 'import', archive, '--root', root]),
        runDrill(['problems', 'import', path.join(scratch, 'nowhere.tar.gz'), '--root', root]),
      ])
      expect(broken.code).toBe(1)
      expect(broken.stdout).toContain(
        'problems/basics/has-duplicate/tests.yaml:7: test 1: id 1 is already used by the test on line 2; ids are unique and never reused',
      )
      expect(broken.stdout).toContain(`FAILED: 1 error in ${archive}; nothing was imported.`)
      expect(existsSync(root)).toBe(false)
      expect(missing.code).toBe(2)
      expect(missing.stderr).toContain('nowhere.tar.gz does not exist')
    } finally {
      source.remove()
    }
  }, 60_000)

  it('export exits 2 for an unknown problem or a missing --out', async () => {
    const [unknown, noOut] = await Promise.all([
      runDrill([
        'problems',
        'export',
        'no-such-problem',
        '--root',
        'tests/fixtures/content/problems',
        '--out',
        path.join(scratch, 'x.tar.gz'),
      ]),
      runDrill(['problems', 'export', '--root', 'tests/fixtures/content/problems']),
    ])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('There is no problem "no-such-problem"')
    expect(noOut.code).toBe(2)
    expect(noOut.stderr).toContain("required option '--out <file>' not specified")
    expect(existsSync(path.join(scratch, 'x.tar.gz'))).toBe(false)
  })

  it('import-exercism writes the folder (exit 0), refuses to overwrite (exit 2) and lists what is wrong with the data (exit 1)', async () => {
    const root = path.join(scratch, 'exercism-content')
    const args = [
      'problems',
      'import-exercism',
      'tests/fixtures/exercism/is-business-day/canonical-data.json',
      '--slug',
      'is-business-day',
      '--root',
      root,
    ]
    const created = await runDrill(args)
    expect(created.code).toBe(0)
    const dir = path.join(root, 'exercism/is-business-day')
    expect(created.stdout).toContain(
      `Created ${dir}/ with 14 tests of isBusinessDay: function isBusinessDay(date: string, holidays: string[]): boolean`,
    )
    expect(created.stdout).toContain(
      '  - Left out 2 error case(s): the judge cannot expect a throw',
    )
    expect(readdirSync(dir).sort()).toEqual([
      'editorial.md',
      'hints.md',
      'problem.md',
      'solution.ts',
      'starter.ts',
      'tests.yaml',
      'wrong',
    ])

    const again = await runDrill(args)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain(`A problem "is-business-day" already exists in ${dir}.`)

    const bad = path.join(scratch, 'bad-canonical-data.json')
    writeFileSync(
      bad,
      JSON.stringify({
        exercise: 'bad',
        cases: [{ description: 'no uuid', property: 'f', input: {}, expected: 1 }],
      }),
    )
    const refused = await runDrill([
      'problems',
      'import-exercism',
      bad,
      '--slug',
      'bad',
      '--root',
      root,
    ])
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain(`${bad}: cases[0] "no uuid": uuid is missing`)
    expect(existsSync(path.join(root, 'exercism/bad'))).toBe(false)
  })
})
