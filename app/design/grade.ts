import { type Estimate, type RubricCriterion, type RubricLevel } from './types'
import { formatNumber, formatQuantity, parseQuantity, parseUnit, type Unit } from './units'

export interface EstimateGrade {
  /** True only for `within`. */
  ok: boolean
  verdict: 'within' | 'off' | 'invalid'
  /** The candidate's answer in the family's base unit; null when it could not be read. */
  candidateBase: number | null
  expectedBase: number
  /** candidate ÷ reference; null when the answer could not be read. */
  ratio: number | null
  message: string
}

/** Float noise must not fail an answer sitting exactly on the edge of the tolerance. */
const edge = 1e-9

/** The unit of an estimate; throws when the author's unit is unknown (`checkDesign` reports that first). */
export function estimateUnit(estimate: Pick<Estimate, 'id' | 'unit'>): Unit {
  const unit = parseUnit(estimate.unit)
  if (!unit) throw new Error(`estimate ${estimate.id}: "${estimate.unit}" is not a known unit`)
  return unit
}

/** `within 50%` or `within a factor of 2`. */
export function describeTolerance(estimate: Pick<Estimate, 'tolerance' | 'factor'>) {
  if (estimate.factor !== undefined) return `within a factor of ${formatNumber(estimate.factor)}`
  return `within ${formatNumber((estimate.tolerance ?? 0) * 100)}%`
}

function isWithin(estimate: Pick<Estimate, 'tolerance' | 'factor'>, ratio: number) {
  if (estimate.factor !== undefined)
    return ratio > 0 && Math.max(ratio, 1 / ratio) <= estimate.factor * (1 + edge)
  return Math.abs(ratio - 1) <= (estimate.tolerance ?? 0) + edge
}

function describeRatio(ratio: number) {
  if (ratio === 0) return 'zero'
  if (ratio >= 2) return `${formatNumber(ratio, 2)}× too high`
  if (ratio <= 0.5) return `${formatNumber(1 / ratio, 2)}× too low`
  const percent = formatNumber(Math.abs(ratio - 1) * 100, 2)
  return ratio > 1 ? `${percent}% too high` : `${percent}% too low`
}

/**
 * Grades a candidate's estimate ("12k", "1.2 TB/year", "3e5") against the reference answer and its
 * tolerance; the message is a sentence for the candidate, e.g. "1.2 TB/year is within 50% of 1.6 TB/year".
 */
export function gradeEstimate(estimate: Estimate, candidateInput: string): EstimateGrade {
  const unit = estimateUnit(estimate)
  const expectedBase = estimate.answer * unit.factor
  const expectedText = formatQuantity(estimate.answer, unit)
  const parsed = parseQuantity(candidateInput, unit)
  if (!parsed.ok)
    return {
      ok: false,
      verdict: 'invalid',
      candidateBase: null,
      expectedBase,
      ratio: null,
      message: parsed.error,
    }
  if (!(parsed.base > 0))
    return {
      ok: false,
      verdict: 'invalid',
      candidateBase: null,
      expectedBase,
      ratio: null,
      message: `An estimate is a positive amount of ${unit.text}; "${candidateInput.trim()}" is not.`,
    }
  const inExpected = parsed.base / unit.factor
  const candidateText =
    parsed.unit.text === unit.text
      ? formatQuantity(inExpected, unit)
      : `${formatQuantity(parsed.value, parsed.unit)} (${formatQuantity(inExpected, unit)})`
  const ratio = parsed.base / expectedBase
  const tolerance = describeTolerance(estimate)
  if (isWithin(estimate, ratio))
    return {
      ok: true,
      verdict: 'within',
      candidateBase: parsed.base,
      expectedBase,
      ratio,
      message: `${candidateText} is ${tolerance} of ${expectedText}.`,
    }
  return {
    ok: false,
    verdict: 'off',
    candidateBase: parsed.base,
    expectedBase,
    ratio,
    message: `${candidateText} is not ${tolerance} of ${expectedText}: it is ${describeRatio(ratio)}.`,
  }
}

export interface RubricScore {
  /** Weighted score out of 100: a criterion adds its weight when covered, half of it when partial. */
  score: number
  breakdown: {
    id: string
    criterion: string
    weight: number
    level: RubricLevel
    points: number
  }[]
  /** Criteria the candidate did not score; they count as missing. */
  unscored: string[]
}

/**
 * Self-assessment: each criterion is scored 0 (missing), 1 (partial) or 2 (covered) and earns that
 * fraction of its weight; the result is out of 100 when the weights sum to 100, rounded to one decimal.
 */
export function scoreRubric(
  rubric: readonly RubricCriterion[],
  selfScores: Readonly<Record<string, RubricLevel | undefined>>,
): RubricScore {
  const unscored: string[] = []
  const breakdown = rubric.map((item) => {
    const given = selfScores[item.id]
    if (given === undefined) unscored.push(item.id)
    else if (given !== 0 && given !== 1 && given !== 2)
      throw new RangeError(`criterion ${item.id}: a self-score is 0, 1 or 2, not ${String(given)}`)
    const level: RubricLevel = given ?? 0
    return {
      id: item.id,
      criterion: item.criterion,
      weight: item.weight,
      level,
      points: (item.weight * level) / 2,
    }
  })
  const total = breakdown.reduce((sum, item) => sum + item.points, 0)
  return { score: Math.round(total * 10) / 10, breakdown, unscored }
}
