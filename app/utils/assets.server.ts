import { readFileSync } from 'node:fs'
import path from 'node:path'

let monacoVersion: string | undefined

/** Monaco's `vs` folder on our origin; the version in the path lets it be cached for a year (see scripts/build.mjs). */
export function monacoBase() {
  monacoVersion ??= (JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules/monaco-editor/package.json'), 'utf8')) as { version: string }).version
  return `/monaco/${monacoVersion}/vs`
}
