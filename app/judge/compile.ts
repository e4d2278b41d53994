import { transform } from 'sucrase'
import { type Language, type SourcePosition } from './types'

export type CompileOutcome =
  | {
      ok: true
      js: string
      filename: string
      toSource: (position: SourcePosition) => SourcePosition
    }
  | { ok: false; message: string; position?: SourcePosition }

/** The file name candidate code is evaluated under; stack frames with it are the candidate's own. */
export function submissionFilename(language: Language): string {
  return language === 'typescript' ? 'solution.ts' : 'solution.js'
}

/**
 * Turns a submission into a plain script: strips TypeScript types (sucrase keeps every line where it
 * was), blanks `export` keywords so module-style code still works, and rejects `import`, since the
 * sandbox has no modules. Positions in the output map back to the user's source with `toSource`.
 */
export function compileSubmission(code: string, language: Language): CompileOutcome {
  const filename = submissionFilename(language)
  let js = code
  let toSource = (position: SourcePosition) => position
  if (language === 'typescript') {
    try {
      const output = transform(code, {
        transforms: ['typescript'],
        disableESTransforms: true,
        sourceMapOptions: { compiledFilename: 'solution.js' },
        filePath: filename,
      })
      js = output.code
      if (output.sourceMap) toSource = positionMapper(output.sourceMap.mappings)
    } catch (error) {
      return syntaxFailure(error)
    }
  }
  const imported =
    /^[ \t]*(import)[ \t]*(?:[\w$*{]|["'])/m.exec(js) ??
    /^[ \t]*(export)[ \t]*(?:\*|\{[^}\n]*\}[ \t]*from\b)/m.exec(js)
  if (imported) {
    const position = toSource(positionOf(js, imported.index + imported[0].indexOf(imported[1]!)))
    return {
      ok: false,
      message: `Line ${position.line}: \`${imported[1]}\` from other modules is not available in the sandbox; keep everything your solution needs in this file.`,
      position,
    }
  }
  return { ok: true, js: blankExports(js), filename, toSource }
}

/** Replaces `export`/`export default` before declarations with spaces, so columns stay put. */
function blankExports(js: string): string {
  const blank = (text: string) => text.replace(/\S/g, ' ')
  return js
    .replace(
      /^([ \t]*)(export[ \t]*\{[^}\n]*\}[ \t]*;?)/gm,
      (_, indent: string, list: string) => indent + blank(list),
    )
    .replace(
      /^([ \t]*)(export[ \t]+(?:default[ \t]+)?)/gm,
      (_, indent: string, keyword: string) => indent + blank(keyword),
    )
}

function syntaxFailure(error: unknown): CompileOutcome {
  const loc = (error as { loc?: { line: number; column: number } }).loc
  const raw = error instanceof Error ? error.message : String(error)
  const reason = raw.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '')
  if (!loc)
    return { ok: false, message: `Your code could not be compiled: ${sentenceCase(reason)}.` }
  const position = { line: loc.line, column: loc.column }
  return { ok: false, message: syntaxMessage(position, reason), position }
}

/** "Syntax error at line 3, column 9: unexpected token." */
export function syntaxMessage(position: SourcePosition, reason: string): string {
  const detail = reason.replace(/[.\s]+$/, '')
  return `Syntax error at line ${position.line}, column ${position.column}: ${lowerFirst(detail)}.`
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text
}

function sentenceCase(text: string): string {
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1).replace(/[.\s]+$/, '') : text
}

function positionOf(text: string, index: number): SourcePosition {
  const before = text.slice(0, index)
  const line = before.split('\n').length
  return { line, column: index - before.lastIndexOf('\n') }
}

/**
 * Decodes a source map's `mappings` into a lookup from a generated 1-based position to the source
 * one. Sucrase keeps lines, so only columns move (where type annotations were removed).
 */
function positionMapper(mappings: string): (position: SourcePosition) => SourcePosition {
  const lines: Array<Array<[generatedColumn: number, sourceLine: number, sourceColumn: number]>> =
    []
  let sourceLine = 0
  let sourceColumn = 0
  for (const encodedLine of mappings.split(';')) {
    const segments: Array<[number, number, number]> = []
    let generatedColumn = 0
    for (const encoded of encodedLine.split(',')) {
      if (encoded === '') continue
      const fields = decodeVlq(encoded)
      generatedColumn += fields[0] ?? 0
      if (fields.length >= 4) {
        sourceLine += fields[2]!
        sourceColumn += fields[3]!
        segments.push([generatedColumn, sourceLine, sourceColumn])
      }
    }
    lines.push(segments)
  }
  return ({ line, column }) => {
    const segments = lines[line - 1]
    if (!segments || segments.length === 0) return { line, column }
    let best = segments[0]!
    for (const segment of segments) {
      if (segment[0] <= column - 1) best = segment
      else break
    }
    return { line: best[1] + 1, column: Math.max(1, best[2] + (column - 1 - best[0]) + 1) }
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function decodeVlq(encoded: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of encoded) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

/** TypeScript source with its types removed (the starter for candidates who switch to JavaScript). */
export function stripTypes(code: string): string {
  try {
    return transform(code, { transforms: ['typescript'], disableESTransforms: true }).code
  } catch {
    return code
  }
}
