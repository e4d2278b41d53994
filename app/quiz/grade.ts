import { formatNumber, formatQuantity, parseQuantity, parseUnit, type Unit } from '~/design/units'
import {
  type NumericAnswer,
  type PublicQuestion,
  type QuizGrade,
  type QuizOption,
  type QuizQuestion,
  type QuizResponse,
} from './types'

/** Float noise must not fail an answer sitting exactly on the edge of the tolerance. */
const edge = 1e-9

/** The unit of a numeric answer; throws when the author's unit is unknown (`checkQuiz` reports that first). */
export function answerUnit(answer: Pick<NumericAnswer, 'unit'>): Unit {
  const unit = parseUnit(answer.unit)
  if (!unit) throw new Error(`"${answer.unit}" is not a known unit`)
  return unit
}

/**
 * The tolerance of a numeric answer in the family's base unit, or a sentence saying why it cannot be read.
 * A number is relative to the answer; text is an absolute amount in the answer's family.
 */
export function toleranceInBase(
  answer: NumericAnswer,
): { ok: true; base: number; text: string } | { ok: false; error: string } {
  const unit = answerUnit(answer)
  if (typeof answer.tolerance === 'number') {
    if (!(answer.tolerance >= 0))
      return { ok: false, error: `a relative tolerance is 0 or more, not ${answer.tolerance}` }
    return {
      ok: true,
      base: Math.abs(answer.value * unit.factor) * answer.tolerance,
      text: answer.tolerance === 0 ? 'exactly' : `±${formatNumber(answer.tolerance * 100, 3)}%`,
    }
  }
  const parsed = parseQuantity(answer.tolerance, unit)
  if (!parsed.ok) return { ok: false, error: `the tolerance cannot be read: ${parsed.error}` }
  if (parsed.base < 0) return { ok: false, error: 'an absolute tolerance is 0 or more' }
  return { ok: true, base: parsed.base, text: `±${formatQuantity(parsed.value, parsed.unit, 6)}` }
}

function listIds(ids: readonly string[]) {
  if (ids.length === 0) return 'none'
  if (ids.length === 1) return ids[0]
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`
}

function gradeChoice(
  question: Extract<QuizQuestion, { type: 'single' | 'multiple' }>,
  response: QuizResponse,
): QuizGrade {
  const raw =
    typeof response === 'number'
      ? [String(response)]
      : typeof response === 'string'
        ? [response]
        : [...response]
  const chosen = [...new Set(raw.map((id) => id.trim()).filter((id) => id !== ''))]
  const known = new Set(question.options.map((option) => option.id))
  const unknown = chosen.filter((id) => !known.has(id))
  if (unknown.length > 0)
    return {
      correct: false,
      valid: false,
      message: `There is no option ${listIds(unknown)}; choose from ${listIds([...known])}.`,
    }
  if (chosen.length === 0)
    return {
      correct: false,
      valid: false,
      message: question.type === 'single' ? 'Choose an option.' : 'Choose at least one option.',
    }
  if (question.type === 'single' && chosen.length > 1)
    return { correct: false, valid: false, message: 'Choose only one option.' }
  const answer = new Set(question.answer)
  const correct = chosen.length === answer.size && chosen.every((id) => answer.has(id))
  const expected = question.options.filter((option) => answer.has(option.id)).map((o) => o.id)
  if (question.type === 'single')
    return {
      correct,
      valid: true,
      message: correct
        ? `Correct: ${expected[0]}.`
        : `Not quite: you chose ${chosen[0]}; the answer is ${expected[0]}.`,
    }
  if (correct) return { correct, valid: true, message: `Correct: ${listIds(expected)}.` }
  const missed = expected.filter((id) => !chosen.includes(id))
  const wrong = chosen.filter((id) => !answer.has(id))
  const parts = [
    missed.length > 0 ? `you missed ${listIds(missed)}` : '',
    wrong.length > 0 ? `${listIds(wrong)} ${wrong.length === 1 ? 'is' : 'are'} not correct` : '',
  ].filter(Boolean)
  return {
    correct,
    valid: true,
    message: `Not quite: ${parts.join(', and ')}. The correct options are ${listIds(expected)}.`,
  }
}

function gradeNumeric(answer: NumericAnswer, response: QuizResponse): QuizGrade {
  const unit = answerUnit(answer)
  const input =
    typeof response === 'number'
      ? String(response)
      : typeof response === 'string'
        ? response
        : (response[0] ?? '')
  const parsed = parseQuantity(input, unit)
  if (!parsed.ok) return { correct: false, valid: false, message: parsed.error }
  const tolerance = toleranceInBase(answer)
  if (!tolerance.ok) throw new Error(tolerance.error)
  const expectedBase = answer.value * unit.factor
  const correct =
    Math.abs(parsed.base - expectedBase) <=
    tolerance.base + edge * Math.max(1, Math.abs(expectedBase))
  const inExpected = parsed.base / unit.factor
  const yours =
    parsed.unit.text === unit.text
      ? formatQuantity(inExpected, unit, 6)
      : `${formatQuantity(parsed.value, parsed.unit, 6)} (${formatQuantity(inExpected, unit, 4)})`
  const expected = `${formatQuantity(answer.value, unit, 6)} (${tolerance.text})`
  return {
    correct,
    valid: true,
    message: correct
      ? `Correct: ${yours}; the answer is ${expected}.`
      : `Not quite: ${yours}; the answer is ${expected}.`,
  }
}

/** Grades a response to a single-choice, multiple-choice or numeric question. */
export function gradeAnswer(question: QuizQuestion, response: QuizResponse): QuizGrade {
  if (question.type === 'numeric') return gradeNumeric(question.answer, response)
  return gradeChoice(question, response)
}

/** The question without its answer and explanation: all the browser gets before the candidate answers. */
export function publicQuestion(question: QuizQuestion): PublicQuestion {
  if (question.type === 'numeric') {
    const unit = answerUnit(question.answer)
    return { type: 'numeric', unit: question.answer.unit, family: unit.family }
  }
  const options: QuizOption[] = question.options.map((option) => ({
    id: option.id,
    text: option.text,
  }))
  return { type: question.type, options }
}
