import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { gradeEstimate } from '~/design/grade'
import {
  defaultDesignSections,
  designSectionIds,
  type DesignSection,
  type DesignSectionId,
  type Estimate,
  type RubricCriterion,
} from '~/design/types'
import { familyDescriptions, parseUnit, unitFamilies } from '~/design/units'
import { type ContentError } from './errors'
import { readText } from './files'
import { designFrontmatterSchema, slugSchema } from './schema'

export { designFrontmatterSchema }
import { type Hint } from './types'
import { parseYamlSource, sortErrors, validateYaml, type YamlSource } from './yaml-source'
import { keysAtPath } from './zod-keys'

/** Files of a design problem; hints.md is optional. The format is in problems/README-design-quiz.md. */
export const designFiles = ['problem.md', 'design.yaml', 'reference.md'] as const

/** Authoring standards `checkDesign` enforces beyond what the app needs to serve the problem. */
export const designAuthoringRules = {
  minEstimates: 3,
  maxEstimates: 6,
  minCriteria: 6,
  maxCriteria: 10,
  maxHints: 3,
} as const

const nonEmptyText = z.string().trim().min(1, 'must not be empty')

export type DesignFrontmatter = z.infer<typeof designFrontmatterSchema>

const sectionsSchema = z
  .object({
    requirements: nonEmptyText.optional(),
    capacity: nonEmptyText.optional(),
    api: nonEmptyText.optional(),
    'data-model': nonEmptyText.optional(),
    'high-level-design': nonEmptyText.optional(),
    'deep-dives': nonEmptyText.optional(),
    'trade-offs': nonEmptyText.optional(),
    'failure-modes': nonEmptyText.optional(),
  } satisfies Record<DesignSectionId, z.ZodTypeAny>)
  .strict()

export const estimateSchema = z
  .object({
    id: slugSchema,
    question: nonEmptyText,
    unit: nonEmptyText,
    answer: z.number().positive('must be greater than 0'),
    tolerance: z
      .number()
      .positive('must be greater than 0')
      .max(1, 'must be at most 1 (a relative tolerance: 0.5 means within ±50%)')
      .optional(),
    factor: z
      .number()
      .gt(1, 'must be greater than 1 (a factor of 2 accepts ½× to 2×)')
      .max(100, 'must be at most 100')
      .optional(),
    worked: nonEmptyText,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.tolerance === undefined && value.factor === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give a tolerance (relative, like 0.5 for ±50%) or a factor (like 2)',
      })
    if (value.tolerance !== undefined && value.factor !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['factor'],
        message: 'give either tolerance or factor, not both',
      })
  })

export const rubricCriterionSchema = z
  .object({
    id: slugSchema,
    criterion: nonEmptyText,
    weight: z.number().int('must be a whole number').positive('must be greater than 0'),
    guidance: nonEmptyText,
  })
  .strict()

export const designFileSchema = z
  .object({
    sections: sectionsSchema.default({}),
    estimates: z.array(estimateSchema).min(1, 'must list at least one estimate'),
    rubric: z.array(rubricCriterionSchema).min(1, 'must list at least one criterion'),
  })
  .strict()

export type LoadedEstimate = Estimate & { line: number }
export type LoadedCriterion = RubricCriterion & { line: number }

/** One `## ` section of reference.md, matched to a section of the answer form. */
export interface ReferenceSection {
  id: DesignSectionId
  title: string
  markdown: string
  line: number
}

/** What design.yaml and reference.md hold, with the lines `checkDesign` points at. */
export interface DesignFiles {
  sections: DesignSection[]
  estimates: LoadedEstimate[]
  rubric: LoadedCriterion[]
  /** reference.md by section, in the form's order. Server-only until the candidate submits. */
  reference: ReferenceSection[]
  /** Lines in design.yaml of the `estimates:` and `rubric:` lists. */
  lines: { estimates: number; rubric: number }
}

/** A `kind: design` problem; `editorial` is the whole reference.md, for code that shows any kind's editorial. */
export interface DesignProblem extends DesignFiles {
  kind: 'design'
  slug: string
  area: string
  dir: string
  frontmatter: DesignFrontmatter
  statement: string
  statementLine: number
  hints: Hint[]
  editorial: string
  hash: string
}

/** `['estimates', 2, 'unit']` → `estimate peak-writes: `, using the item's id when it has one. */
function describeDesignPath(source: YamlSource) {
  const names: Record<string, string> = { estimates: 'estimate', rubric: 'criterion' }
  return (segments: readonly (string | number)[]) => {
    const list = segments[0]
    const index = segments[1]
    if (typeof list !== 'string' || typeof index !== 'number' || !(list in names)) return ''
    const item = (source.value as Record<string, { id?: unknown }[] | undefined>)[list]?.[index]
    return typeof item?.id === 'string'
      ? `${names[list]} ${item.id}: `
      : `${names[list]} #${index + 1}: `
  }
}

function normalizeHeading(text: string) {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '')
}

function matchSection(heading: string): DesignSection | undefined {
  const wanted = normalizeHeading(heading)
  if (wanted.length < 3) return undefined
  return defaultDesignSections.find((section) => {
    const title = normalizeHeading(section.title)
    return wanted === title || wanted === normalizeHeading(section.id) || title.startsWith(wanted)
  })
}

/** Splits reference.md into the answer form's sections, one per `## ` heading. */
export function parseReference({ file, markdown }: { file: string; markdown: string }): {
  reference: ReferenceSection[]
  errors: ContentError[]
} {
  const errors: ContentError[] = []
  const found: ReferenceSection[] = []
  let inFence = false
  let current: ReferenceSection | undefined
  markdown.split('\n').forEach((line, i) => {
    if (/^(```|~~~)/.test(line.trim())) inFence = !inFence
    if (!inFence && line.startsWith('## ')) {
      const heading = line.slice(3).trim()
      const section = matchSection(heading)
      current = undefined
      if (!section) {
        errors.push({
          file,
          line: i + 1,
          message: `"## ${heading}" is not a section of the answer form; use ${defaultDesignSections.map((s) => `"## ${s.title}"`).join(', ')}`,
        })
        return
      }
      const previous = found.find((item) => item.id === section.id)
      if (previous) {
        errors.push({
          file,
          line: i + 1,
          message: `the ${section.title} section already starts on line ${previous.line}`,
        })
        return
      }
      current = { id: section.id, title: section.title, markdown: '', line: i + 1 }
      found.push(current)
      return
    }
    if (current) current.markdown += `${line}\n`
    else if (line.trim() !== '' && found.length === 0)
      errors.push({
        file,
        line: i + 1,
        message: 'text before the first "## " heading belongs to no section of the answer',
      })
  })
  for (const section of found) {
    section.markdown = section.markdown.trim()
    if (section.markdown === '')
      errors.push({ file, line: section.line, message: `the ${section.title} section is empty` })
  }
  for (const section of defaultDesignSections) {
    if (!found.some((item) => item.id === section.id))
      errors.push({
        file,
        line: 1,
        message: `reference.md has no "## ${section.title}" section; the reference answer covers every section of the form`,
      })
  }
  const order = (id: DesignSectionId) => designSectionIds.indexOf(id)
  return {
    reference: [...found].sort((a, b) => order(a.id) - order(b.id)),
    errors: sortErrors(errors),
  }
}

/** Parses and validates design.yaml and reference.md of the design problem in `dir`. */
export function loadDesignFiles(dir: string): { files?: DesignFiles; errors: ContentError[] } {
  const designFile = path.join(dir, 'design.yaml')
  const referenceFile = path.join(dir, 'reference.md')
  const errors: ContentError[] = []
  for (const file of [designFile, referenceFile]) {
    if (!existsSync(file))
      errors.push({ file, line: 1, message: `${path.basename(file)} is missing` })
  }
  const reference = existsSync(referenceFile)
    ? parseReference({ file: referenceFile, markdown: readText(referenceFile) })
    : undefined
  errors.push(...(reference?.errors ?? []))
  if (!existsSync(designFile)) return { errors: sortErrors(errors) }

  const source = parseYamlSource({ file: designFile, text: readText(designFile) })
  if (source.errors.length > 0) return { errors: sortErrors([...errors, ...source.errors]) }
  const { data, errors: schemaErrors } = validateYaml({
    source,
    schema: designFileSchema,
    describePath: describeDesignPath(source),
    knownKeys: (segments) => keysAtPath(designFileSchema, segments),
  })
  errors.push(...schemaErrors)
  if (!data || !reference || errors.length > 0) return { errors: sortErrors(errors) }

  const overrides = data.sections as Partial<Record<DesignSectionId, string>>
  const files: DesignFiles = {
    sections: defaultDesignSections.map((section) => ({
      ...section,
      guidance: overrides[section.id] ?? section.guidance,
    })),
    estimates: data.estimates.map((estimate, i) => ({
      ...estimate,
      line: source.locate(['estimates', i]).line,
    })),
    rubric: data.rubric.map((criterion, i) => ({
      ...criterion,
      line: source.locate(['rubric', i]).line,
    })),
    reference: reference.reference,
    lines: {
      estimates: source.locate([], 'estimates').line,
      rubric: source.locate([], 'rubric').line,
    },
  }
  const structural = designIssues({ dir, files, authoring: false })
  if (structural.length > 0) return { errors: structural }
  return { files, errors: [] }
}

/**
 * The rules a design must meet: ids unique, units known, each reference estimate within its own
 * tolerance, rubric weights summing to 100; with `authoring`, also the counts of designAuthoringRules.
 */
function designIssues({
  dir,
  files,
  hints,
  authoring,
}: {
  dir: string
  files: DesignFiles
  hints?: Hint[]
  authoring: boolean
}): ContentError[] {
  const designFile = path.join(dir, 'design.yaml')
  const errors: ContentError[] = []
  const at = (line: number, message: string) => errors.push({ file: designFile, line, message })

  const seenEstimates = new Map<string, number>()
  for (const estimate of files.estimates) {
    const previous = seenEstimates.get(estimate.id)
    if (previous !== undefined)
      at(estimate.line, `estimate id "${estimate.id}" is already used on line ${previous}`)
    else seenEstimates.set(estimate.id, estimate.line)
    const unit = parseUnit(estimate.unit)
    if (!unit) {
      at(
        estimate.line,
        `estimate ${estimate.id}: "${estimate.unit}" is not a unit of a known family (${unitFamilies
          .map(
            (family) =>
              `${familyDescriptions[family].noun}: ${familyDescriptions[family].examples}`,
          )
          .join('; ')})`,
      )
      continue
    }
    const own = gradeEstimate(estimate, `${estimate.answer} ${estimate.unit}`)
    if (own.verdict !== 'within')
      at(
        estimate.line,
        `estimate ${estimate.id}: the reference answer does not pass its own tolerance: ${own.message}`,
      )
  }

  const seenCriteria = new Map<string, number>()
  for (const criterion of files.rubric) {
    const previous = seenCriteria.get(criterion.id)
    if (previous !== undefined)
      at(criterion.line, `criterion id "${criterion.id}" is already used on line ${previous}`)
    else seenCriteria.set(criterion.id, criterion.line)
  }
  const total = files.rubric.reduce((sum, criterion) => sum + criterion.weight, 0)
  if (total !== 100)
    at(
      files.lines.rubric,
      `the rubric weights sum to ${total}; they must sum to 100 (${files.rubric.map((c) => `${c.id} ${c.weight}`).join(', ')})`,
    )

  if (authoring) {
    const rules = designAuthoringRules
    const count = files.estimates.length
    if (count < rules.minEstimates || count > rules.maxEstimates)
      at(
        files.lines.estimates,
        `a design has ${rules.minEstimates}–${rules.maxEstimates} estimates; this one has ${count}`,
      )
    const criteria = files.rubric.length
    if (criteria < rules.minCriteria || criteria > rules.maxCriteria)
      at(
        files.lines.rubric,
        `a rubric has ${rules.minCriteria}–${rules.maxCriteria} criteria; this one has ${criteria}`,
      )
    if (hints && hints.length > rules.maxHints)
      errors.push({
        file: path.join(dir, 'hints.md'),
        line: 1,
        message: `a design has at most ${rules.maxHints} hints; this one has ${hints.length}`,
      })
  }
  return sortErrors(errors)
}

/** Loads the files of a `kind: design` problem beyond problem.md (for the content loader); pushes every error it finds. */
export function loadDesignProblem({
  dir,
  frontmatter,
  statement,
  statementLine,
  errors,
  parseHints,
  hash,
}: {
  dir: string
  frontmatter: DesignFrontmatter
  statement: string
  statementLine: number
  errors: ContentError[]
  parseHints: (input: { file: string; markdown: string; errors: ContentError[] }) => Hint[]
  hash: (dir: string) => string
}): DesignProblem | undefined {
  const file = (name: string) => path.join(dir, name)
  for (const name of ['starter.ts', 'solution.ts', 'tests.yaml', 'editorial.md', 'quiz.yaml']) {
    if (existsSync(file(name)))
      errors.push({
        file: file(name),
        line: 1,
        message: `${name} does not belong to a kind: design problem${name === 'editorial.md' ? ' (the reference answer is reference.md)' : ''}`,
      })
  }
  const loaded = loadDesignFiles(dir)
  errors.push(...loaded.errors)
  const hints = existsSync(file('hints.md'))
    ? parseHints({ file: file('hints.md'), markdown: readText(file('hints.md')), errors })
    : []
  if (errors.length > 0 || !loaded.files) return undefined
  return {
    kind: 'design',
    slug: frontmatter.slug,
    area: path.basename(path.dirname(dir)),
    dir,
    frontmatter,
    statement,
    statementLine,
    ...loaded.files,
    hints,
    editorial: readText(file('reference.md')),
    hash: hash(dir),
  }
}

/**
 * Everything `drill problems check` verifies of a loaded design problem: the structural rules the loader
 * applies (ids unique, units known, reference estimates within their own tolerance, weights summing to
 * 100) and the authoring standards (3–6 estimates, 6–10 criteria, at most 3 hints).
 */
export function checkDesign(problem: DesignProblem): {
  errors: ContentError[]
  warnings: ContentError[]
} {
  const errors = designIssues({
    dir: problem.dir,
    files: problem,
    hints: problem.hints,
    authoring: true,
  }).map((error) => ({ ...error, slug: problem.slug }))
  return { errors, warnings: [] }
}
