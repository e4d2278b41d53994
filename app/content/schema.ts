import { z } from 'zod'

/** The format is specified for authors in problems/README.md; keep the two in step. */

export const roles = ['backend', 'cloud-infra', 'sre'] as const
export const difficulties = ['easy', 'medium', 'hard'] as const
export const comparators = ['exact', 'unordered', 'float', 'any-of', 'checker'] as const
export const harnesses = ['function', 'class'] as const
export const valueTypes = ['json', 'list', 'tree'] as const
export const expectedVerdicts = [
  'wrong_answer',
  'time_limit',
  'runtime_error',
  'memory_limit',
  'any',
] as const

export type Role = (typeof roles)[number]
export type Difficulty = (typeof difficulties)[number]
export type ExpectedVerdict = (typeof expectedVerdicts)[number]

/** Marks scaffolded text an author must replace; the loader reports every line that still contains it. */
export const placeholderMarker = 'TODO(author)'

export const defaultLimits = { budgetFactor: 4, budgetFloor: 200, timeMs: 2000 } as const

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugSchema = z
  .string({ invalid_type_error: 'must be a slug (lowercase words joined by -)' })
  .regex(slugPattern, 'must be lowercase words joined by - (like "two-sum")')

const identifierSchema = z
  .string()
  .regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be a JavaScript identifier (like "twoSum")')

const nonEmptyText = z.string().trim().min(1, 'must not be empty')

export const roleSchema = z.enum(roles)

export const trackModuleSchema = z
  .object({
    slug: slugSchema,
    title: nonEmptyText,
    requires: z.array(slugSchema).default([]),
    items: z.array(slugSchema).min(1, 'must list at least one problem'),
  })
  .strict()

export const trackSchema = z
  .object({
    title: nonEmptyText,
    roles: z.array(roleSchema).min(1, 'must name at least one role'),
    description: nonEmptyText,
    modules: z.array(trackModuleSchema).min(1, 'must have at least one module'),
  })
  .strict()

export const limitsSchema = z
  .object({
    budgetFactor: z.number().min(1, 'must be at least 1').default(defaultLimits.budgetFactor),
    budgetFloor: z.number().int().min(1, 'must be at least 1').default(defaultLimits.budgetFloor),
    timeMs: z
      .number()
      .int()
      .min(50, 'must be at least 50')
      .max(30_000, 'must be at most 30000')
      .default(defaultLimits.timeMs),
  })
  .strict()

const commonFrontmatter = {
  slug: slugSchema,
  title: nonEmptyText,
  difficulty: z.enum(difficulties),
  tags: z.array(nonEmptyText).default([]),
  roles: z.array(roleSchema).min(1, 'must name at least one role'),
}

export const codeFrontmatterSchema = z
  .object({
    ...commonFrontmatter,
    kind: z.literal('code'),
    harness: z.enum(harnesses).default('function'),
    entry: identifierSchema,
    signature: nonEmptyText,
    params: z.array(z.enum(valueTypes)).optional(),
    returns: z.enum(valueTypes).optional(),
    comparator: z.enum(comparators).default('exact'),
    tolerance: z.number().positive('must be greater than 0').optional(),
    limits: limitsSchema.default({}),
  })
  .strict()

/** A DRI incident scenario: the statement is the page and briefing; scenario.yaml and paths.yaml do the rest. */
export const incidentFrontmatterSchema = z
  .object({
    ...commonFrontmatter,
    kind: z.literal('incident'),
  })
  .strict()

export const designFrontmatterSchema = z
  .object({
    slug: slugSchema,
    title: nonEmptyText,
    kind: z.literal('design'),
    difficulty: z.enum(difficulties),
    tags: z.array(nonEmptyText).default([]),
    roles: z.array(roleSchema).min(1, 'must name at least one role'),
    /** The length of the optional timer the candidate may start. */
    suggestedMinutes: z
      .number()
      .int('must be a whole number of minutes')
      .min(10, 'must be at least 10')
      .max(180, 'must be at most 180')
      .default(45),
  })
  .strict()

/** A node program run by the simulator against workload.json (problems/README.md, "Simulations"). */
export const simFrontmatterSchema = z
  .object({
    ...commonFrontmatter,
    kind: z.literal('sim'),
  })
  .strict()

/** What a sim wrong solution's `// expect:` header may name: the judge's words for failed, limit and error. */
export const simExpectedVerdicts = ['wrong_answer', 'time_limit', 'runtime_error', 'any'] as const

export const quizFrontmatterSchema = z
  .object({
    slug: slugSchema,
    title: nonEmptyText,
    kind: z.literal('quiz'),
    difficulty: z.enum(difficulties),
    tags: z.array(nonEmptyText).default([]),
    roles: z.array(roleSchema).min(1, 'must name at least one role'),
  })
  .strict()

/**
 * Discriminated on `kind` so that further kinds slot in as members;
 * the loader reports a `kind` outside this union as "not supported yet".
 */
export const frontmatterSchema = z
  .discriminatedUnion('kind', [codeFrontmatterSchema, incidentFrontmatterSchema, designFrontmatterSchema, quizFrontmatterSchema, simFrontmatterSchema])
  .superRefine((value, ctx) => {
    if (value.kind !== 'code') return
    if (value.comparator === 'float' && value.tolerance === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['comparator'],
        message: 'comparator float needs a tolerance',
      })
    if (value.comparator !== 'float' && value.tolerance !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['tolerance'],
        message: 'tolerance only applies to comparator float',
      })
    if (value.harness === 'class' && (value.params !== undefined || value.returns !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: [value.params !== undefined ? 'params' : 'returns'],
        message: 'params and returns only apply to harness function',
      })
  })

export const problemKinds = ['code', 'incident', 'design', 'quiz', 'sim'] as const
export type ProblemKind = (typeof problemKinds)[number]

export const testCaseSchema = z
  .object({
    id: z.number().int('must be a whole number').positive('must be a positive integer'),
    name: nonEmptyText.optional(),
    visible: z.boolean().default(false),
    args: z.array(z.unknown()).optional(),
    ops: z
      .array(z.array(z.unknown()).min(1, 'must name an operation'))
      .min(1, 'must have at least one operation')
      .optional(),
    expected: z.unknown(),
    generate: nonEmptyText.optional(),
  })
  .strict()

export const testsFileSchema = z
  .object({ tests: z.array(z.unknown()).min(1, 'must list at least one test') })
  .strict()

export type TrackFile = z.infer<typeof trackSchema>
export type TrackModule = z.infer<typeof trackModuleSchema>
export type Limits = z.infer<typeof limitsSchema>
export type CodeFrontmatter = z.infer<typeof codeFrontmatterSchema>
export type IncidentFrontmatter = z.infer<typeof incidentFrontmatterSchema>
export type SimFrontmatter = z.infer<typeof simFrontmatterSchema>
export type Frontmatter = z.infer<typeof frontmatterSchema>
export type TestCaseFile = z.infer<typeof testCaseSchema>
