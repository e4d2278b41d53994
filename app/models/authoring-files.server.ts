import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type ContentError } from '~/content/errors'
import { designFiles } from '~/content/design'
import { incidentFiles } from '~/content/incident'
import { loadProblem } from '~/content/loader'
import { quizFiles } from '~/content/quiz'
import { problemKinds, type ProblemKind } from '~/content/schema'
import { simFiles } from '~/content/sim'
import { type Problem } from '~/content/types'

/** An authored problem's files: path inside the problem folder → text, exactly as `problems/<area>/<slug>/` holds them. */
export type FileMap = Record<string, string>

/** A validation message placed on a file of the editor (`''`: it concerns no single file). */
export interface AuthoredIssue {
  file: string
  line: number
  column?: number
  message: string
}

export interface KindFiles {
  required: readonly string[]
  optional: readonly string[]
  /** Whether the kind has `wrong/*.ts` solutions. */
  wrong: boolean
}

export const kindFiles: Record<ProblemKind, KindFiles> = {
  code: {
    required: ['problem.md', 'starter.ts', 'solution.ts', 'tests.yaml', 'hints.md', 'editorial.md'],
    optional: ['checker.ts'],
    wrong: true,
  },
  incident: { required: incidentFiles, optional: ['hints.md'], wrong: false },
  design: { required: designFiles, optional: ['hints.md'], wrong: false },
  quiz: { required: quizFiles, optional: [], wrong: false },
  sim: { required: simFiles, optional: [], wrong: true },
}

export const authoringLimits = { fileBytes: 512 * 1024, totalBytes: 2 * 1024 * 1024, files: 40 } as const

const knownNames = new Set(Object.values(kindFiles).flatMap((k) => [...k.required, ...k.optional]))
const wrongPattern = /^wrong\/[a-z0-9][a-z0-9_-]{0,60}\.(ts|js)$/

export function isProblemKind(kind: string): kind is ProblemKind {
  return (problemKinds as readonly string[]).includes(kind)
}

/** Why a path cannot be a file of an authored problem, or undefined when it can. */
export function describeBadPath(file: string): string | undefined {
  if (knownNames.has(file) || wrongPattern.test(file)) return undefined
  if (file.startsWith('wrong/'))
    return `"${file}" is not a valid wrong solution name: use wrong/<name>.ts with lowercase letters, digits, - and _`
  return `"${file}" is not a file of the problem format (problems/README.md)`
}

/** Every reason the file map cannot be saved: unknown paths, sizes over the limits. */
export function checkFileMap(files: FileMap): string[] {
  const problems: string[] = []
  const paths = Object.keys(files)
  if (paths.length > authoringLimits.files) problems.push(`A problem has at most ${authoringLimits.files} files.`)
  let total = 0
  for (const file of paths) {
    const bad = describeBadPath(file)
    if (bad) problems.push(`${bad}.`)
    const bytes = Buffer.byteLength(files[file]!, 'utf8')
    total += bytes
    if (bytes > authoringLimits.fileBytes) problems.push(`${file} is ${Math.round(bytes / 1024)} KB; a file may hold at most ${authoringLimits.fileBytes / 1024} KB.`)
  }
  if (total > authoringLimits.totalBytes) problems.push(`The files hold ${Math.round(total / 1024)} KB together; at most ${authoringLimits.totalBytes / 1024} KB.`)
  return problems
}

/** Line endings normalised, as the loader reads files: a Windows browser's CRLF changes nothing. */
export function normaliseFiles(files: FileMap): FileMap {
  return Object.fromEntries(
    Object.entries(files)
      .map(([file, text]) => [file, text.replace(/\r\n?/g, '\n')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

/** sha256 over the files in path order: what a validation result is tied to. */
export function hashFiles(files: FileMap) {
  const hash = createHash('sha256')
  for (const file of Object.keys(files).sort()) {
    hash.update(file).update('\0').update(files[file]!).update('\0')
  }
  return hash.digest('hex')
}

/** Writes the files as `<root>/<area>/<slug>/`, the folder layout the loader and `check` read. */
export function writeProblemFolder({ root, area, slug, files }: { root: string; area: string; slug: string; files: FileMap }) {
  const dir = path.join(root, area, slug)
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of Object.entries(files)) {
    if (describeBadPath(file)) throw new Error(`refusing to write ${file}`)
    const target = path.join(dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  return dir
}

/** Runs `work` on a temporary content folder holding only this problem; the folder is removed afterwards. */
export async function withProblemFolder<T>(
  { area, slug, files }: { area: string; slug: string; files: FileMap },
  work: (dir: string) => Promise<T> | T,
): Promise<T> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'drill-author-'))
  try {
    return await work(writeProblemFolder({ root, area, slug, files }))
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** Content errors with temporary paths turned into the editor's file names (`wrong/` for the folder itself). */
export function toAuthoredIssues(errors: ContentError[], dir: string): AuthoredIssue[] {
  const prefix = dir + path.sep
  return errors.map((error) => {
    const file =
      error.file === dir
        ? ''
        : error.file.startsWith(prefix)
          ? error.file.slice(prefix.length).split(path.sep).join('/') + (error.file === path.join(dir, 'wrong') ? '/' : '')
          : ''
    return {
      file,
      line: error.line,
      ...(error.column ? { column: error.column } : {}),
      message: error.message.split(prefix).join('').split(dir).join(''),
    }
  })
}

/** Loads the files as the content loader would load their folder; errors name the editor's files. */
export async function loadAuthoredFiles({ area, slug, files }: { area: string; slug: string; files: FileMap }): Promise<{ problem?: Problem; errors: AuthoredIssue[] }> {
  return withProblemFolder({ area, slug, files }, (dir) => {
    const loaded = loadProblem(dir)
    return { problem: loaded.problem, errors: toAuthoredIssues(loaded.errors, dir) }
  })
}

/** The `title:` of problem.md's frontmatter, for lists (the files are the source of truth). */
export function readTitle(files: FileMap) {
  const lines = (files['problem.md'] ?? '').replace(/\r\n?/g, '\n').split('\n')
  if (lines[0]?.trim() !== '---') return undefined
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---')
  const title = lines.slice(1, close === -1 ? lines.length : close).find((line) => line.startsWith('title:'))
  return title?.slice('title:'.length).replace(/\s+#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2') || undefined
}

/** problem.md without its frontmatter: what the statement preview renders. */
export function statementOf(markdown: string) {
  const text = markdown.replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  if (lines[0]?.trim() !== '---') return text
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---')
  return close === -1 ? '' : lines.slice(close + 1).join('\n')
}
