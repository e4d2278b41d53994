import path from 'node:path'
import { type ZodIssue } from 'zod'

/** A problem with a content file, pointing at the line where the bad value sits. */
export interface ContentError {
  file: string
  line: number
  column?: number
  message: string
  /** The problem folder's slug when the error belongs to one problem (for grouping and the admin page). */
  slug?: string
}

/** Formats an error the way editors and terminals link it: `path/file.yaml:14: message`. */
export function formatContentError(error: ContentError, { cwd }: { cwd?: string } = {}) {
  const file = cwd ? path.relative(cwd, path.resolve(error.file)) || error.file : error.file
  const where = error.column ? `${file}:${error.line}:${error.column}` : `${file}:${error.line}`
  return `${where}: ${error.message}`
}

type PathSegment = string | number

/** `['tests', 3, 'expected']` → `expected`; `['modules', 0, 'items', 2]` → `items[2]`; `['limits', 'timeMs']` → `limits.timeMs`. */
export function labelPath(segments: readonly PathSegment[]) {
  let start = 0
  for (let i = 0; i < segments.length - 1; i++) {
    if (typeof segments[i] === 'number' && typeof segments[i + 1] === 'string') start = i + 1
  }
  let label = ''
  for (const segment of segments.slice(start)) {
    if (typeof segment === 'number') label += `[${segment}]`
    else label += label ? `.${segment}` : segment
  }
  return label || 'the file'
}

const typeNames: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
  undefined: 'missing',
}

function describeType(type: string) {
  if (type.includes(' | ')) return `one of ${type.replace(/'/g, '').split(' | ').join(', ')}`
  return typeNames[type] ?? type
}

function closestName(name: string, candidates: readonly string[]) {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3))
    ? best
    : undefined
}

function editDistance(a: string, b: string) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length]
}

export interface IssueDescription {
  /** Where to point: the value at `path`, or (for an unknown field) the key `key` of the mapping at `path`. */
  path: PathSegment[]
  key?: string
  message: string
}

/**
 * Turns a Zod issue into sentences about the author's file. `knownKeys` lists the fields allowed at an
 * object path so that an unknown field can suggest the one the author probably meant.
 */
export function describeIssue(
  issue: ZodIssue,
  knownKeys: (path: PathSegment[]) => readonly string[] = () => [],
): IssueDescription[] {
  const label = labelPath(issue.path)
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined')
        return [{ path: issue.path, message: `${label} is missing` }]
      return [
        {
          path: issue.path,
          message: `${label} must be ${describeType(issue.expected)}, not ${describeType(issue.received)}`,
        },
      ]
    case 'invalid_enum_value':
      return [
        {
          path: issue.path,
          message: `${label} must be one of ${issue.options.join(', ')}, not "${String(issue.received)}"`,
        },
      ]
    case 'invalid_union_discriminator':
      return [
        {
          path: issue.path,
          message: `${label} must be one of ${issue.options.map(String).join(', ')}`,
        },
      ]
    case 'invalid_literal':
      return [{ path: issue.path, message: `${label} must be ${JSON.stringify(issue.expected)}` }]
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closestName(key, knownKeys(issue.path))
        return {
          path: issue.path,
          key,
          message: suggestion
            ? `unknown field "${key}" (did you mean "${suggestion}"?)`
            : `unknown field "${key}"`,
        }
      })
    default:
      if (issue.message.startsWith('must '))
        return [{ path: issue.path, message: `${label} ${issue.message}` }]
      if (issue.code === 'custom') return [{ path: issue.path, message: issue.message }]
      return [
        {
          path: issue.path,
          message: `${label}: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`,
        },
      ]
  }
}
