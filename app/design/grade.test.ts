import { describe, expect, it } from 'vitest'
import { gradeEstimate, scoreRubric } from './grade'
import { type Estimate, type RubricCriterion } from './types'

const storage: Estimate = {
  id: 'storage-per-year',
  question: 'Storage added per year',
  unit: 'TB/year',
  answer: 1.6,
  tolerance: 0.5,
  worked: '…',
}

const writes: Estimate = {
  id: 'peak-writes',
  question: 'Peak writes per second',
  unit: 'writes/s',
  answer: 12_000,
  factor: 2,
  worked: '…',
}

describe('gradeEstimate', () => {
  it('accepts an answer within the relative tolerance and says so', () => {
    const grade = gradeEstimate(storage, '1.2 TB/year')
    expect(grade).toMatchObject({ ok: true, verdict: 'within' })
    expect(grade.ratio).toBeCloseTo(0.75)
    expect(grade.message).toBe('1.2 TB/year is within 50% of 1.6 TB/year.')
  })

  it('includes both edges of the relative tolerance and nothing beyond', () => {
    expect(gradeEstimate(storage, '0.8').verdict).toBe('within')
    expect(gradeEstimate(storage, '2.4').verdict).toBe('within')
    expect(gradeEstimate(storage, '0.79').verdict).toBe('off')
    expect(gradeEstimate(storage, '2.41').verdict).toBe('off')
  })

  it('grades the factor rule on a log scale', () => {
    expect(gradeEstimate(writes, '6k').verdict).toBe('within')
    expect(gradeEstimate(writes, '24k').verdict).toBe('within')
    expect(gradeEstimate(writes, '5.9k').verdict).toBe('off')
    expect(gradeEstimate(writes, '24.1k').verdict).toBe('off')
    expect(gradeEstimate(writes, '20k').message).toBe(
      '20,000 writes/s is within a factor of 2 of 12,000 writes/s.',
    )
  })

  it('converts another unit of the family and shows the conversion', () => {
    const grade = gradeEstimate(storage, '100 GB/day')
    expect(grade.verdict).toBe('off')
    expect(grade.candidateBase).toBeCloseTo(1e11 / 86_400)
    expect(grade.expectedBase).toBeCloseTo(1.6e12 / (365 * 86_400))
    expect(grade.message).toBe(
      '100 GB/day (36.5 TB/year) is not within 50% of 1.6 TB/year: it is 23× too high.',
    )
    expect(gradeEstimate(writes, '1M/min').message).toBe(
      '1 million/min (16,700 writes/s) is within a factor of 2 of 12,000 writes/s.',
    )
  })

  it('describes how far off a near miss is', () => {
    expect(gradeEstimate(storage, '0.7').message).toBe(
      '0.7 TB/year is not within 50% of 1.6 TB/year: it is 2.3× too low.',
    )
    expect(gradeEstimate(storage, '2.6').message).toBe(
      '2.6 TB/year is not within 50% of 1.6 TB/year: it is 63% too high.',
    )
  })

  it('returns invalid with a sentence for unreadable, incompatible or non-positive answers', () => {
    expect(gradeEstimate(storage, '1.2 TB')).toMatchObject({
      ok: false,
      verdict: 'invalid',
      candidateBase: null,
      ratio: null,
    })
    expect(gradeEstimate(storage, '1.2 TB').message).toMatch(
      /is a data size, but this answer is a data rate/,
    )
    expect(gradeEstimate(writes, 'many').message).toMatch(/does not start with a number/)
    expect(gradeEstimate(writes, '0').message).toBe(
      'An estimate is a positive amount of writes/s; "0" is not.',
    )
    expect(gradeEstimate(writes, '-3k').verdict).toBe('invalid')
  })
})

const rubric: RubricCriterion[] = [
  { id: 'requirements', criterion: 'Requirements', weight: 20, guidance: '' },
  { id: 'estimates', criterion: 'Estimates', weight: 30, guidance: '' },
  { id: 'failure', criterion: 'Failure modes', weight: 50, guidance: '' },
]

describe('scoreRubric', () => {
  it('gives the full weight for covered, half for partial, none for missing', () => {
    const result = scoreRubric(rubric, { requirements: 2, estimates: 1, failure: 0 })
    expect(result.score).toBe(35)
    expect(result.breakdown.map((item) => item.points)).toEqual([20, 15, 0])
    expect(result.unscored).toEqual([])
  })

  it('scores 100 when everything is covered and lists unscored criteria as missing', () => {
    expect(scoreRubric(rubric, { requirements: 2, estimates: 2, failure: 2 }).score).toBe(100)
    const partial = scoreRubric(rubric, { estimates: 2 })
    expect(partial.score).toBe(30)
    expect(partial.unscored).toEqual(['requirements', 'failure'])
  })

  it('rounds half points to one decimal', () => {
    const odd: RubricCriterion[] = [
      { id: 'a', criterion: 'A', weight: 33, guidance: '' },
      { id: 'b', criterion: 'B', weight: 67, guidance: '' },
    ]
    expect(scoreRubric(odd, { a: 1, b: 0 }).score).toBe(16.5)
  })

  it('refuses a self-score that is not 0, 1 or 2', () => {
    expect(() => scoreRubric(rubric, { requirements: 3 as never })).toThrow(
      'criterion requirements: a self-score is 0, 1 or 2, not 3',
    )
  })
})
