import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Test helpers: copies of tests/fixtures/content that a test may edit without touching the originals. */
export const fixturesDir = fileURLToPath(new URL('../../tests/fixtures/content', import.meta.url))

/** Copies `tests/fixtures/content/<name>` into a fresh temp folder and returns the copy's path. */
export function copyFixture(name = 'problems') {
  const dir = mkdtempSync(path.join(tmpdir(), 'drill-content-'))
  const root = path.join(dir, name)
  cpSync(path.join(fixturesDir, name), root, { recursive: true })
  return { root, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Replaces one exact piece of text in a file, failing loudly when it is not there (a stale test). */
export function editFile(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`)
  writeFileSync(file, text.replace(from, to))
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(file: string, needle: string) {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle))
  if (index === -1) throw new Error(`${file} has no line containing ${JSON.stringify(needle)}`)
  return index + 1
}
