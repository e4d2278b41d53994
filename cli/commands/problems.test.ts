import { describe, expect, it } from 'vitest'
import { runDrill } from '../../tests/fixtures/content/run-drill'

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
})
