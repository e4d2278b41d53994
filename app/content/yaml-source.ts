import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml'
import { type z } from 'zod'
import { describeIssue, type ContentError } from './errors'

type PathSegment = string | number

/** A parsed YAML file that can point back at the line of any value in it. */
export interface YamlSource {
  file: string
  value: unknown
  errors: ContentError[]
  /** 1-based line (and column) of the value at `path`, or of the nearest enclosing value that exists. */
  locate(path: readonly PathSegment[], key?: string): { line: number; column: number }
}

/**
 * Parses YAML keeping positions. `lineOffset` shifts reported lines, for YAML embedded in another file
 * (a problem.md frontmatter starts on line 2).
 */
export function parseYamlSource({
  file,
  text,
  lineOffset = 0,
}: {
  file: string
  text: string
  lineOffset?: number
}): YamlSource {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + lineOffset, column: col }
  }
  const errors: ContentError[] = doc.errors.map((error) => {
    const { line, column } = position(error.pos[0])
    return { file, line, column, message: `YAML syntax error: ${lowerFirst(error.message)}` }
  })
  const value = errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 })
  return {
    file,
    value,
    errors,
    locate(path, key) {
      return position(findOffset(doc, path, key))
    },
  }
}

function lowerFirst(text: string) {
  const firstLine = text.split('\n')[0].replace(/\.$/, '')
  return firstLine.charAt(0).toLowerCase() + firstLine.slice(1)
}

function findOffset(doc: Document, path: readonly PathSegment[], key?: string): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      )
      if (!pair) return offset
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment]
      if (item === undefined) return offset
      offset = rangeStart(item) ?? offset
      node = item
    } else {
      return offset
    }
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
    )
    if (pair) offset = rangeStart(pair.key) ?? offset
  }
  return offset
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range
  return range ? range[0] : undefined
}

/**
 * Validates a parsed YAML value with a Zod schema and reports each issue at its line. `describePath`
 * prefixes messages with context the author recognises ("test 4: ").
 */
export function validateYaml<T extends z.ZodTypeAny>({
  source,
  schema,
  at = [],
  describePath = () => '',
  knownKeys,
}: {
  source: YamlSource
  schema: T
  /** Validate only the value at this path (issues are still reported with full paths). */
  at?: PathSegment[]
  describePath?: (path: readonly PathSegment[]) => string
  knownKeys?: (path: PathSegment[]) => readonly string[]
}): { data?: z.infer<T>; errors: ContentError[] } {
  const value = at.reduce<unknown>(
    (node, segment) => (node as Record<PathSegment, unknown> | undefined)?.[segment],
    source.value,
  )
  const result = schema.safeParse(value)
  if (result.success) return { data: result.data, errors: [] }
  const errors: ContentError[] = []
  for (const relativeIssue of result.error.issues) {
    const issue = { ...relativeIssue, path: [...at, ...relativeIssue.path] }
    for (const description of describeIssue(issue, (path) => knownKeys?.(path) ?? [])) {
      const { line } = source.locate(description.path, description.key)
      errors.push({
        file: source.file,
        line,
        message: describePath(description.path) + description.message,
      })
    }
  }
  return { errors: sortErrors(errors) }
}

/** Orders errors by file and line so reports read top to bottom. */
export function sortErrors(errors: ContentError[]) {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  )
}
