import { describe, expect, it } from 'vitest'
import { runDrill } from '../../tests/fixtures/content/run-drill'

describe('drill judge', () => {
  it('exits 0 for an accepted solution, 1 for a rejected one and 2 for usage errors', async () => {
    const [accepted, rejected, unknownSlug, missingFile] = await Promise.all([
      runDrill(['judge', 'two-sum', 'problems/algorithms/two-sum/solution.ts', '--json']),
      runDrill(['judge', 'two-sum', 'problems/algorithms/two-sum/wrong/same-index.ts']),
      runDrill(['judge', 'no-such-problem', 'problems/algorithms/two-sum/solution.ts']),
      runDrill(['judge', 'two-sum', 'problems/algorithms/two-sum/missing.ts']),
    ])
    expect(accepted.code).toBe(0)
    const result = JSON.parse(accepted.stdout)
    expect(result.verdict).toBe('accepted')
    expect(result.tests.length).toBeGreaterThanOrEqual(12)
    expect(result.tests[0]).toMatchObject({ id: 1, status: 'accepted', cost: expect.any(Number) })
    expect(typeof result.cost).toBe('number')
    expect(typeof result.timeMs).toBe('number')

    expect(rejected.code).toBe(1)
    expect(rejected.stdout).toMatch(/^wrong_answer: \d+\/\d+ tests passed/m)

    expect(unknownSlug.code).toBe(2)
    expect(unknownSlug.stderr).toContain('There is no problem "no-such-problem"')
    expect(missingFile.code).toBe(2)
    expect(missingFile.stderr).toContain('missing.ts does not exist.')
  }, 120_000)
})
