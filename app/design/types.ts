/** A graded estimation question of a design prompt (design.yaml `estimates`). */
export interface Estimate {
  id: string
  question: string
  /** The unit the answer is in, e.g. `writes/s`, `TB/year`, `hosts`; it names the unit family. */
  unit: string
  /** The reference answer, in `unit`. */
  answer: number
  /** Relative tolerance: 0.5 accepts answers from 0.5× to 1.5× the reference. */
  tolerance?: number
  /** Log-scale tolerance: 2 accepts answers from ½× to 2× the reference. */
  factor?: number
  /** Markdown showing the calculation, shown after the candidate answers. */
  worked: string
}

/** One criterion of a design rubric; weights of a rubric sum to 100. */
export interface RubricCriterion {
  id: string
  criterion: string
  weight: number
  /** What "covered" looks like, for self-assessment. */
  guidance: string
}

/** 0 = missing, 1 = partial, 2 = covered. */
export type RubricLevel = 0 | 1 | 2

export const rubricLevels = [
  { level: 0, label: 'missing' },
  { level: 1, label: 'partial' },
  { level: 2, label: 'covered' },
] as const

/** One section of the structured answer form. */
export interface DesignSection {
  id: DesignSectionId
  title: string
  /** Markdown shown under the section's heading while the candidate writes. */
  guidance: string
}

export const designSectionIds = [
  'requirements',
  'capacity',
  'api',
  'data-model',
  'high-level-design',
  'deep-dives',
  'trade-offs',
  'failure-modes',
] as const
export type DesignSectionId = (typeof designSectionIds)[number]

/** The answer form's sections in order, with the guidance a prompt's design.yaml may override. */
export const defaultDesignSections: readonly DesignSection[] = [
  {
    id: 'requirements',
    title: 'Requirements',
    guidance:
      'Functional requirements (what the system does) and non-functional ones (latency, availability, durability, consistency), with numbers. Say what is out of scope.',
  },
  {
    id: 'capacity',
    title: 'Capacity estimates',
    guidance:
      'Traffic (average and peak), storage and its growth, bandwidth, and the number of machines these imply. Show the arithmetic; round freely.',
  },
  {
    id: 'api',
    title: 'API',
    guidance:
      'The operations clients call, with their inputs, outputs and error cases. Mention idempotency and pagination where they matter.',
  },
  {
    id: 'data-model',
    title: 'Data model',
    guidance:
      'The entities, their keys and the access patterns that decide the store. Say how the data is partitioned and what is replicated.',
  },
  {
    id: 'high-level-design',
    title: 'High-level design',
    guidance:
      'The components and how a request flows through them. A few boxes and arrows described in words are enough.',
  },
  {
    id: 'deep-dives',
    title: 'Deep dives',
    guidance:
      'Two or three parts that make or break the design, examined closely: the hot path, the hard consistency problem, the scaling limit.',
  },
  {
    id: 'trade-offs',
    title: 'Trade-offs',
    guidance:
      'The alternatives you rejected and why; what you gave up (consistency, cost, latency, simplicity) for what you gained.',
  },
  {
    id: 'failure-modes',
    title: 'Failure modes and degradation',
    guidance:
      'What breaks (a node, a zone, a dependency, a bad deploy, overload), how it is detected, and how the system degrades instead of failing outright. How changes roll out safely.',
  },
]

/** The design-specific content of a `kind: design` problem (design.yaml, merged with the defaults). */
export interface DesignSpec {
  sections: DesignSection[]
  estimates: Estimate[]
  rubric: RubricCriterion[]
}
