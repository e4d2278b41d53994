import { type UnitFamily } from '~/design/units'

export const questionTypes = ['single', 'multiple', 'numeric'] as const
export type QuestionType = (typeof questionTypes)[number]

export interface QuizOption {
  id: string
  text: string
}

/** A numeric answer: `tolerance` is relative (0.02 = ±2%) or absolute with a unit ("0.005 %", "30 s"). */
export interface NumericAnswer {
  value: number
  unit: string
  tolerance: number | string
}

/** A concept-check question as quiz.yaml holds it, answer and explanation included (server-only). */
export type QuizQuestion =
  | { type: 'single' | 'multiple'; options: QuizOption[]; answer: string[]; explanation: string }
  | { type: 'numeric'; answer: NumericAnswer; explanation: string }

/** What the browser may see before the candidate answers. */
export type PublicQuestion =
  | { type: 'single' | 'multiple'; options: QuizOption[] }
  | { type: 'numeric'; unit: string; family: UnitFamily }

/** An option id (single), option ids (multiple), or the typed number with an optional unit (numeric). */
export type QuizResponse = string | number | readonly string[]

export interface QuizGrade {
  correct: boolean
  /** False when the response could not be read (an unknown option, no number): ask again, record nothing. */
  valid: boolean
  message: string
}
