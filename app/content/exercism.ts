import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { listProblemFolders, tracksFolder } from './loader'
import { placeholderMarker, slugSchema } from './schema'

/**
 * Turns the cases of an Exercism `problem-specifications` canonical-data.json into a Drill code problem
 * (issue "Mentors and study groups"). The format is specified by canonical-schema.json in that repository:
 * `{ exercise, comments?, cases: (test | group)[] }`, a test being `{ uuid, reimplements?, description,
 * property, input: {...}, expected, scenarios?, comments? }` and a group `{ description, cases }`.
 */

/** How cases whose `expected` is `{ error: "..." }` are imported. */
export type ErrorCaseMode = 'skip' | 'checker'

export interface ImportedExercise {
  /** `<area>/<slug>`, the folder to create under the content root. */
  folder: string
  /** Every file of the problem folder, keyed by its path inside it. */
  files: Record<string, string>
  property: string
  entry: string
  signature: string
  /** Test ids in file order, with the uuid each comes from. */
  tests: { id: number; uuid: string; name: string }[]
  /** Sentences for the author: dropped, skipped and renumbered cases, missing authoring minimums. */
  notes: string[]
}

/** The canonical data cannot become a problem; `problems` lists every reason, one sentence each. */
export class ExercismImportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
  }
}

/** The target folder or slug already exists; nothing is overwritten. */
export class ExistingProblemError extends Error {}

interface FlatCase {
  uuid: string
  reimplements?: string
  name: string
  property: string
  input: Record<string, unknown>
  expected: unknown
  where: string
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Ids stay below 2³¹ so they fit a signed 32-bit integer wherever a test id travels. */
const maxTestId = 0x7fffffff
const visibleTests = 2
const minTests = 12

/**
 * Builds the files of a code problem from canonical data: one property per problem (`property`, needed
 * only when the cases test several), the input's keys in the first case's order as the arguments, ids
 * derived from the case uuids. The statement, reference solution, hints and editorial are left as
 * `TODO(author)` placeholders, which `drill problems check` reports until they are written.
 */
export function importCanonicalData({
  json,
  slug,
  area = 'exercism',
  property,
  errorCases = 'skip',
}: {
  /** The text of canonical-data.json (or its parsed value). */
  json: string | unknown
  slug: string
  area?: string
  property?: string
  errorCases?: ErrorCaseMode
}): ImportedExercise {
  const problems: string[] = []
  if (!slugSchema.safeParse(slug).success)
    problems.push(
      `"${slug}" is not a valid slug: use lowercase words joined by - (like "two-sum").`,
    )
  if (!slugSchema.safeParse(area).success || area === tracksFolder)
    problems.push(
      `"${area}" is not a valid area: use lowercase words joined by -, not "${tracksFolder}".`,
    )

  const data = parseData(json)
  if ('error' in data) throw new ExercismImportError([...problems, data.error])
  const flat = flattenCases(data.cases, problems)
  if (problems.length > 0) throw new ExercismImportError(problems)

  const notes: string[] = []
  const superseded = new Set(
    flat.flatMap((c) => (c.reimplements ? [c.reimplements.toLowerCase()] : [])),
  )
  const current = flat.filter((c) => {
    if (!superseded.has(c.uuid.toLowerCase())) return true
    const by = flat.find((other) => other.reimplements?.toLowerCase() === c.uuid.toLowerCase())!
    notes.push(`Left out case ${c.uuid} "${c.name}": case ${by.uuid} reimplements it.`)
    return false
  })

  const counts = new Map<string, number>()
  for (const c of current) counts.set(c.property, (counts.get(c.property) ?? 0) + 1)
  const listed = [...counts]
    .map(([name, count]) => `${name} (${count} case${count === 1 ? '' : 's'})`)
    .join(', ')
  if (property !== undefined && !counts.has(property))
    throw new ExercismImportError([
      `No case tests the property "${property}"; the cases test ${listed}.`,
    ])
  if (property === undefined && counts.size > 1)
    throw new ExercismImportError([
      `The cases test ${counts.size} properties: ${listed}. A problem has one entry function: choose one with --property and import each property as its own problem (its own slug).`,
    ])
  const chosen = property ?? [...counts.keys()][0]
  if (chosen === undefined) throw new ExercismImportError(['canonical-data.json has no cases.'])
  const cases = current.filter((c) => c.property === chosen)
  const otherCount = current.length - cases.length
  if (otherCount > 0)
    notes.push(
      `Left out ${otherCount} case(s) of other properties; import them as their own problems.`,
    )

  const keys = Object.keys(cases[0].input)
  for (const c of cases) {
    const own = Object.keys(c.input)
    if (own.length !== keys.length || own.some((key) => !keys.includes(key)))
      problems.push(
        `${c.where} "${c.name}": input has ${describeKeys(own)} but the first case of ${chosen} has ${describeKeys(keys)}; every case must name the same arguments.`,
      )
  }
  if (problems.length > 0) throw new ExercismImportError(problems)

  const isError = (c: FlatCase) => isErrorExpectation(c.expected)
  const errorCount = cases.filter(isError).length
  const kept = errorCases === 'skip' ? cases.filter((c) => !isError(c)) : cases
  if (kept.length === 0)
    throw new ExercismImportError([
      `Every case of ${chosen} expects an error, and the judge cannot expect a throw; import with --error-cases checker.`,
    ])

  const ids = assignTestIds(kept, notes)
  const entry = toIdentifier(chosen)
  const params = uniqueNames(keys.map(toIdentifier))
  const argShapes = keys.map((key) => kept.map((c) => shapeOf(c.input[key])).reduce(mergeShapes))
  const valueCases = kept.filter((c) => !isError(c))
  const returnShape: Shape =
    valueCases.length > 0
      ? valueCases.map((c) => shapeOf(c.expected)).reduce(mergeShapes)
      : { kind: 'unknown' }
  const returnType =
    errorCases === 'checker' && errorCount > 0
      ? `${renderShape(returnShape)} | { error: string }`
      : renderShape(returnShape)
  const paramList = params.map((name, i) => `${name}: ${renderShape(argShapes[i])}`).join(', ')
  const signature = `function ${entry}(${paramList}): ${returnType}`
  const useChecker = errorCases === 'checker' && errorCount > 0

  if (errorCases === 'skip' && errorCount > 0)
    notes.push(
      `Left out ${errorCount} error case(s): the judge cannot expect a throw (a throwing solution gets runtime_error). They are listed at the top of tests.yaml; import with --error-cases checker to keep them as "return { error }" tests.`,
    )
  if (useChecker)
    notes.push(
      `Kept ${errorCount} error case(s) with comparator checker: the function returns { error: "..." } instead of throwing, and checker.ts accepts any error message there. Say so in the statement.`,
    )
  if (kept.length < minTests)
    notes.push(
      `Only ${kept.length} tests: check needs at least ${minTests}; add tests with new ids.`,
    )

  const tests = kept.map((c, i) => ({ id: ids[i], uuid: c.uuid, name: c.name }))
  const files: Record<string, string> = {
    'problem.md': problemFile({ slug, data, chosen, entry, signature, useChecker }),
    'tests.yaml': testsFile({
      data,
      chosen,
      kept,
      ids,
      errorCases,
      skipped: cases.filter(isError),
    }),
    'starter.ts': functionFile({
      signature,
      body: `  // your code here\n  return ${defaultValue(returnShape)}\n`,
    }),
    'solution.ts': functionFile({
      signature,
      body: `  // ${placeholderMarker}: write the reference solution; every imported test must accept it.\n  throw new Error('write the reference')\n`,
    }),
    'wrong/returns-default.ts': `// expect: wrong_answer\n// The starter as it is: it returns a fixed value, so the imported tests must reject it. Add the\n// realistic mistakes candidates make beside it.\n${functionFile({ signature, body: `  return ${defaultValue(returnShape)}\n` })}`,
    'hints.md': `## Hint 1\n${placeholderMarker}: a gentle nudge towards the right idea.\n\n## Hint 2\n${placeholderMarker}: the key observation, stated plainly.\n`,
    'editorial.md': `${placeholderMarker}: the approach, its time and space complexity, and the pitfalls the wrong solutions fall into.\n`,
  }
  if (useChecker) files['checker.ts'] = checkerFile
  return { folder: `${area}/${slug}`, files, property: chosen, entry, signature, tests, notes }
}

/** Writes an imported problem to `<root>/<folder>/`, refusing to overwrite a folder or reuse a slug. */
export function writeImportedProblem({
  root,
  imported,
}: {
  root: string
  imported: Pick<ImportedExercise, 'folder' | 'files'>
}): string {
  const dir = path.join(root, imported.folder)
  const slug = path.basename(dir)
  const existing = existsSync(root)
    ? listProblemFolders({ root }).dirs.find((other) => path.basename(other) === slug)
    : undefined
  if (existing) throw new ExistingProblemError(`A problem "${slug}" already exists in ${existing}.`)
  if (existsSync(dir)) throw new ExistingProblemError(`${dir} already exists.`)
  for (const [name, text] of Object.entries(imported.files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text, { flag: 'wx' })
  }
  return dir
}

function parseData(
  json: unknown,
): { exercise?: string; comments: string[]; cases: unknown[] } | { error: string } {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch (error) {
      return { error: `canonical-data.json is not valid JSON: ${(error as Error).message}.` }
    }
  }
  const record = value as { exercise?: unknown; comments?: unknown; cases?: unknown } | null
  if (typeof record !== 'object' || record === null || !Array.isArray(record.cases))
    return {
      error:
        'canonical-data.json must be an object with a "cases" list (Exercism\'s canonical data format).',
    }
  return {
    exercise: typeof record.exercise === 'string' ? record.exercise : undefined,
    comments: Array.isArray(record.comments) ? record.comments.map(String) : [],
    cases: record.cases,
  }
}

/** Depth-first, in file order; a case's name is its groups' descriptions and its own, joined by ": ". */
function flattenCases(
  items: unknown[],
  problems: string[],
  groups: string[] = [],
  at = 'cases',
): FlatCase[] {
  const flat: FlatCase[] = []
  items.forEach((raw, i) => {
    const where = `${at}[${i}]`
    const item = raw as Record<string, unknown> | null
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(`${where}: a case must be an object.`)
      return
    }
    const description = typeof item.description === 'string' ? item.description.trim() : ''
    if (description === '') problems.push(`${where}: description must be a non-empty text.`)
    if (Array.isArray(item.cases)) {
      flat.push(...flattenCases(item.cases, problems, [...groups, description], `${where}.cases`))
      return
    }
    const label = `${where} "${description}"`
    const missing = ['uuid', 'property', 'input', 'expected'].filter((key) => !(key in item))
    if (missing.length > 0) {
      problems.push(
        `${label}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (a case needs uuid, description, property, input and expected; a group, description and cases).`,
      )
      return
    }
    if (typeof item.uuid !== 'string' || !uuidPattern.test(item.uuid))
      problems.push(`${label}: uuid ${JSON.stringify(item.uuid)} is not a UUID.`)
    if (
      item.reimplements !== undefined &&
      (typeof item.reimplements !== 'string' || !uuidPattern.test(item.reimplements))
    )
      problems.push(`${label}: reimplements ${JSON.stringify(item.reimplements)} is not a UUID.`)
    if (typeof item.property !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(item.property))
      problems.push(
        `${label}: property ${JSON.stringify(item.property)} must be a lowerCamelCase name.`,
      )
    if (typeof item.input !== 'object' || item.input === null || Array.isArray(item.input))
      problems.push(`${label}: input must be an object of named arguments.`)
    flat.push({
      uuid: String(item.uuid),
      reimplements: typeof item.reimplements === 'string' ? item.reimplements : undefined,
      name: [...groups, description].filter(Boolean).join(': '),
      property: String(item.property),
      input: item.input as Record<string, unknown>,
      expected: item.expected,
      where,
    })
  })
  // Duplicates across groups are found once everything is flat.
  if (groups.length === 0) {
    const seen = new Map<string, string>()
    for (const c of flat) {
      const key = c.uuid.toLowerCase()
      const first = seen.get(key)
      if (first !== undefined)
        problems.push(`${c.where} "${c.name}": uuid ${c.uuid} is also used by ${first}.`)
      else seen.set(key, c.where)
    }
  }
  return flat
}

function isErrorExpectation(value: unknown): value is { error: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { error?: unknown }).error === 'string'
  )
}

/**
 * A case's id is the first 8 hex digits of its uuid with the top bit cleared; on a collision (or 0) the
 * next free number is taken, in file order, and a note says so.
 */
function assignTestIds(cases: FlatCase[], notes: string[]) {
  const used = new Set<number>()
  return cases.map((c) => {
    const natural = Number.parseInt(c.uuid.slice(0, 8), 16) & maxTestId
    let id = natural
    while (id === 0 || used.has(id)) id = id >= maxTestId ? 1 : id + 1
    if (id !== natural)
      notes.push(
        `Case ${c.uuid} "${c.name}" got test id ${id}: ${natural} ${natural === 0 ? 'is not a positive id' : 'was taken by an earlier case'}.`,
      )
    used.add(id)
    return id
  })
}

function describeKeys(keys: string[]) {
  return keys.length === 0 ? 'no keys' : `keys ${keys.join(', ')}`
}

const reservedWords = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined'.split(
    ' ',
  ),
)

function toIdentifier(name: string) {
  const camel = name
    .replace(/[^A-Za-z0-9_$]+(.)?/g, (_, next: string | undefined) =>
      next ? next.toUpperCase() : '',
    )
    .replace(/^[^A-Za-z_$]+/, '')
  const identifier = camel === '' ? 'value' : camel.charAt(0).toLowerCase() + camel.slice(1)
  return reservedWords.has(identifier) ? `${identifier}Value` : identifier
}

function uniqueNames(names: string[]) {
  const seen = new Map<string, number>()
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name}${count}`
  })
}

// ---- Types from values: what the signature, starter and reference are typed with. ----

type Shape =
  | { kind: 'number' | 'string' | 'boolean' | 'null' | 'unknown' }
  | { kind: 'array'; element?: Shape }
  | { kind: 'object'; fields: [string, Shape][] }
  | { kind: 'record'; value?: Shape }
  | { kind: 'union'; members: Shape[] }

const maxUnionMembers = 3

function shapeOf(value: unknown): Shape {
  if (value === null) return { kind: 'null' }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return { kind: typeof value as 'number' | 'string' | 'boolean' }
  if (Array.isArray(value))
    return {
      kind: 'array',
      element: value.length === 0 ? undefined : value.map(shapeOf).reduce(mergeShapes),
    }
  if (typeof value === 'object')
    return {
      kind: 'object',
      fields: Object.entries(value).map(([key, field]) => [key, shapeOf(field)]),
    }
  return { kind: 'unknown' }
}

function mergeShapes(a: Shape, b: Shape): Shape {
  if (a.kind === 'unknown' || b.kind === 'unknown') return { kind: 'unknown' }
  if (a.kind === 'union' || b.kind === 'union') return union([...membersOf(a), ...membersOf(b)])
  if (a.kind === 'array' && b.kind === 'array')
    return { kind: 'array', element: mergeOptional(a.element, b.element) }
  if (a.kind === 'object' && b.kind === 'object' && sameKeys(a, b))
    return {
      kind: 'object',
      fields: a.fields.map(([key, shape]) => [
        key,
        mergeShapes(shape, b.fields.find(([other]) => other === key)![1]),
      ]),
    }
  // Objects whose keys differ between cases are maps: `Record<string, V>`.
  if (isMapLike(a) && isMapLike(b))
    return { kind: 'record', value: mergeOptional(recordValue(a), recordValue(b)) }
  if (a.kind === b.kind) return a
  return union([a, b])
}

function mergeOptional(a: Shape | undefined, b: Shape | undefined) {
  return a && b ? mergeShapes(a, b) : (a ?? b)
}

function membersOf(shape: Shape) {
  return shape.kind === 'union' ? shape.members : [shape]
}

function sameKeys(a: { fields: [string, Shape][] }, b: { fields: [string, Shape][] }) {
  const keys = new Set(b.fields.map(([key]) => key))
  return a.fields.length === keys.size && a.fields.every(([key]) => keys.has(key))
}

function isMapLike(shape: Shape) {
  return shape.kind === 'object' || shape.kind === 'record'
}

function recordValue(shape: Shape): Shape | undefined {
  if (shape.kind === 'record') return shape.value
  if (shape.kind !== 'object' || shape.fields.length === 0) return undefined
  return shape.fields.map(([, value]) => value).reduce(mergeShapes)
}

function union(members: Shape[]): Shape {
  const merged: Shape[] = []
  for (const member of members) {
    const index = merged.findIndex(
      (other) => other.kind === member.kind || (isMapLike(other) && isMapLike(member)),
    )
    if (index === -1) merged.push(member)
    else merged[index] = mergeShapes(merged[index], member)
  }
  if (merged.some((member) => member.kind === 'unknown') || merged.length > maxUnionMembers)
    return { kind: 'unknown' }
  return merged.length === 1 ? merged[0] : { kind: 'union', members: merged }
}

function renderShape(shape: Shape): string {
  switch (shape.kind) {
    case 'array': {
      if (!shape.element) return 'unknown[]'
      const element = renderShape(shape.element)
      return shape.element.kind === 'union' ? `(${element})[]` : `${element}[]`
    }
    case 'object':
      return shape.fields.length === 0
        ? 'Record<string, unknown>'
        : `{ ${shape.fields.map(([key, field]) => `${propertyKey(key)}: ${renderShape(field)}`).join('; ')} }`
    case 'record':
      return `Record<string, ${shape.value ? renderShape(shape.value) : 'unknown'}>`
    case 'union':
      return shape.members.map(renderShape).join(' | ')
    default:
      return shape.kind
  }
}

function propertyKey(key: string) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key)
}

function defaultValue(shape: Shape): string {
  switch (shape.kind) {
    case 'number':
      return '0'
    case 'string':
      return "''"
    case 'boolean':
      return 'false'
    case 'array':
      return '[]'
    case 'object':
      return `{ ${shape.fields.map(([key, field]) => `${propertyKey(key)}: ${defaultValue(field)}`).join(', ')} }`
    case 'record':
      return '{}'
    case 'union':
      return shape.members.some((member) => member.kind === 'null')
        ? 'null'
        : defaultValue(shape.members[0])
    default:
      return 'null'
  }
}

// ---- The files. ----

function functionFile({ signature, body }: { signature: string; body: string }) {
  return `${signature} {\n${body}}\n`
}

function titleOf(name: string) {
  return name
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

function problemFile({
  slug,
  data,
  chosen,
  entry,
  signature,
  useChecker,
}: {
  slug: string
  data: { exercise?: string }
  chosen: string
  entry: string
  signature: string
  useChecker: boolean
}) {
  const errorNote = useChecker
    ? `\nWhen the input is invalid, return \`{ error: "..." }\` (any message) instead of throwing.\n`
    : ''
  return `---
# Imported from Exercism canonical data: exercise ${data.exercise ?? slug}, property ${chosen}.
slug: ${slug}
title: ${titleOf(data.exercise ?? slug)}
kind: code
difficulty: easy           # easy | medium | hard
tags: []
roles: [backend, cloud-infra, sre]
harness: function
entry: ${entry}
signature: ${JSON.stringify(signature)}
comparator: ${useChecker ? 'checker' : 'exact'}
---

${placeholderMarker}: the statement, in your own words. Say what the input is, what to return, give two or three
worked examples (the first tests are visible; put the examples among them) and the constraints.
${errorNote}`
}

function testsFile({
  data,
  chosen,
  kept,
  ids,
  errorCases,
  skipped,
}: {
  data: { exercise?: string; comments: string[] }
  chosen: string
  kept: FlatCase[]
  ids: number[]
  errorCases: ErrorCaseMode
  skipped: FlatCase[]
}) {
  const comment = (text: string, indent = '') =>
    `# ${indent}${text.replace(/\s*\n\s*/g, ' ').trim()}`.trimEnd()
  const lines = [
    comment(
      `Imported from Exercism canonical data (exercise ${data.exercise ?? '?'}, property ${chosen}).`,
    ),
    comment(
      'Each id comes from its case uuid (first 8 hex digits, top bit cleared): never renumber or reuse one;',
    ),
    comment('give new tests new ids. Arguments follow the input keys of the first case, in order.'),
  ]
  if (data.comments.length > 0) {
    lines.push('#', '# Comments of the canonical data:')
    for (const text of data.comments) lines.push(comment(text, '  '))
  }
  if (errorCases === 'skip' && skipped.length > 0) {
    lines.push(
      '#',
      '# Not imported: the judge cannot expect a throw (a throwing solution gets runtime_error).',
    )
    for (const c of skipped)
      lines.push(
        comment(
          `${c.uuid} ${c.name}: throws ${JSON.stringify((c.expected as { error: string }).error)}`,
          '  ',
        ),
      )
  }
  lines.push('tests:')
  kept.forEach((c, i) => {
    lines.push(`  - id: ${ids[i]}`)
    lines.push(`    name: ${JSON.stringify(c.name)}`)
    if (i < visibleTests) lines.push('    visible: true')
    // JSON is valid YAML flow syntax, and it keeps every value exactly as the canonical data has it.
    lines.push(`    args: ${flowJson(Object.values(c.input))}`)
    lines.push(`    expected: ${flowJson(c.expected)}`)
  })
  return `${lines.join('\n')}\n`
}

/** JSON with a space after each comma and colon: valid YAML flow syntax that reads like the canonical data. */
function flowJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowJson).join(', ')}]`
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => `${JSON.stringify(key)}: ${flowJson(field)}`)
      .join(', ')}}`
  return JSON.stringify(value) ?? 'null'
}

/** Exact comparison for values; for an expected `{ error }`, any `{ error: string }` result. */
const checkerFile = `// Generated for imported error cases: the function returns { error: "..." } instead of throwing.
// The message is not compared (wording is free); every other value must equal expected exactly.
function check(input: unknown[], expected: unknown, actual: unknown): true | string {
  if (isError(expected)) {
    return isError(actual) ? true : \`expected an error result like { error: \${show(expected.error)} }, got \${show(actual)}\`
  }
  return same(expected, actual) ? true : \`expected \${show(expected)}, got \${show(actual)}\`
}

function isError(value: unknown): value is { error: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { error?: unknown }).error === 'string'
  )
}

function same(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null
  if (b === undefined) b = null
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b))
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]))
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined)
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined)
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  )
}

function show(value: unknown) {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 200 ? \`\${text.slice(0, 197)}...\` : text
}
`
