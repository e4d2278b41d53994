import { describe, expect, it } from 'vitest'
import { gradeAnswer, publicQuestion, toleranceInBase } from './grade'
import { type QuizQuestion } from './types'

const single: QuizQuestion = {
  type: 'single',
  options: [
    { id: 'a', text: 'Consistency' },
    { id: 'b', text: 'Availability' },
    { id: 'c', text: 'Both' },
  ],
  answer: ['b'],
  explanation: 'Because the partition forces a choice.',
}

const multiple: QuizQuestion = {
  type: 'multiple',
  options: [
    { id: 'a', text: 'Raft' },
    { id: 'b', text: 'Paxos' },
    { id: 'c', text: 'Two-phase commit' },
    { id: 'd', text: 'Zab' },
  ],
  answer: ['a', 'b', 'd'],
  explanation: '2PC blocks when the coordinator fails.',
}

const downtime: QuizQuestion = {
  type: 'numeric',
  answer: { value: 262.8, unit: 'min', tolerance: 0.02 },
  explanation: '0.05% of 525,600 minutes.',
}

const series: QuizQuestion = {
  type: 'numeric',
  answer: { value: 99.8001, unit: '%', tolerance: '0.001 %' },
  explanation: '0.999 × 0.999.',
}

const quorum: QuizQuestion = {
  type: 'numeric',
  answer: { value: 3, unit: 'nodes', tolerance: 0 },
  explanation: 'A majority of 5 is 3.',
}

describe('gradeAnswer: choice questions', () => {
  it('grades a single-choice question', () => {
    expect(gradeAnswer(single, 'b')).toEqual({ correct: true, valid: true, message: 'Correct: b.' })
    expect(gradeAnswer(single, 'a')).toEqual({
      correct: false,
      valid: true,
      message: 'Not quite: you chose a; the answer is b.',
    })
    expect(gradeAnswer(single, ['b'])).toMatchObject({ correct: true })
  })

  it('refuses unknown ids, no choice, and two choices for a single-choice question', () => {
    expect(gradeAnswer(single, 'z')).toEqual({
      correct: false,
      valid: false,
      message: 'There is no option z; choose from a, b and c.',
    })
    expect(gradeAnswer(single, [])).toMatchObject({ valid: false, message: 'Choose an option.' })
    expect(gradeAnswer(single, ['a', 'b'])).toMatchObject({
      valid: false,
      message: 'Choose only one option.',
    })
  })

  it('needs exactly the correct set for a multiple-choice question, in any order', () => {
    expect(gradeAnswer(multiple, ['d', 'a', 'b'])).toMatchObject({
      correct: true,
      message: 'Correct: a, b and d.',
    })
    expect(gradeAnswer(multiple, ['a', 'b'])).toEqual({
      correct: false,
      valid: true,
      message: 'Not quite: you missed d. The correct options are a, b and d.',
    })
    expect(gradeAnswer(multiple, ['a', 'b', 'c', 'd']).message).toBe(
      'Not quite: c is not correct. The correct options are a, b and d.',
    )
    expect(gradeAnswer(multiple, ['c']).message).toBe(
      'Not quite: you missed a, b and d, and c is not correct. The correct options are a, b and d.',
    )
  })
})

describe('gradeAnswer: numeric questions', () => {
  it('accepts answers within a relative tolerance, edges included, in any unit of the family', () => {
    expect(gradeAnswer(downtime, '262.8')).toMatchObject({ correct: true })
    expect(gradeAnswer(downtime, '4.38 h')).toEqual({
      correct: true,
      valid: true,
      message: 'Correct: 4.38 h (262.8 min); the answer is 262.8 min (±2%).',
    })
    expect(gradeAnswer(downtime, String(262.8 * 1.02))).toMatchObject({ correct: true })
    expect(gradeAnswer(downtime, String(262.8 * 0.98))).toMatchObject({ correct: true })
    expect(gradeAnswer(downtime, '268.1')).toMatchObject({ correct: false, valid: true })
    expect(gradeAnswer(downtime, '8.76 h')).toMatchObject({
      correct: false,
      message: 'Not quite: 8.76 h (525.6 min); the answer is 262.8 min (±2%).',
    })
  })

  it('uses an absolute tolerance written with a unit', () => {
    expect(gradeAnswer(series, '99.8%')).toMatchObject({ correct: true })
    expect(gradeAnswer(series, '99.8001')).toMatchObject({ correct: true })
    expect(gradeAnswer(series, '99.9%')).toMatchObject({
      correct: false,
      message: 'Not quite: 99.9%; the answer is 99.8001% (±0.001%).',
    })
  })

  it('treats tolerance 0 as exact', () => {
    expect(gradeAnswer(quorum, '3')).toMatchObject({ correct: true })
    expect(gradeAnswer(quorum, 3)).toMatchObject({ correct: true })
    expect(gradeAnswer(quorum, '3 replicas')).toMatchObject({ correct: true })
    expect(gradeAnswer(quorum, '2.9')).toMatchObject({ correct: false })
    expect(gradeAnswer(quorum, '4')).toMatchObject({ correct: false })
  })

  it('is invalid, with the parser sentence, for an unreadable answer', () => {
    expect(gradeAnswer(downtime, '3 GB')).toEqual({
      correct: false,
      valid: false,
      message:
        '"GB" is a data size, but this answer is a duration: write a number of min (like 12k or 1.5) or use ms, s, min, h, days or years.',
    })
  })

  it('reads tolerances, and says why one cannot be read', () => {
    expect(toleranceInBase({ value: 100, unit: 's', tolerance: '30 s' })).toMatchObject({
      ok: true,
      base: 30,
    })
    expect(toleranceInBase({ value: 100, unit: 's', tolerance: '1 GB' })).toMatchObject({
      ok: false,
    })
    expect(toleranceInBase({ value: 100, unit: 's', tolerance: -1 })).toMatchObject({ ok: false })
  })
})

describe('publicQuestion', () => {
  it('keeps the options and drops the answer and the explanation', () => {
    const shown = publicQuestion(multiple)
    expect(shown).toEqual({
      type: 'multiple',
      options: multiple.type === 'multiple' ? multiple.options : [],
    })
    expect(JSON.stringify(shown)).not.toMatch(/answer|explanation|blocks when/)
  })

  it('gives a numeric question its unit only', () => {
    const shown = publicQuestion(downtime)
    expect(shown).toEqual({ type: 'numeric', unit: 'min', family: 'duration' })
    expect(JSON.stringify(shown)).not.toMatch(/262|tolerance|answer|explanation/)
  })

  it('copies options so extra fields never leak', () => {
    const leaky = {
      ...single,
      options: single.type === 'single' ? single.options.map((o) => ({ ...o, correct: true })) : [],
    } as QuizQuestion
    expect(JSON.stringify(publicQuestion(leaky))).not.toContain('correct')
  })
})
