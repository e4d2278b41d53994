import { readFileSync } from 'node:fs'

/** A content file's text, with CRLF and CR line endings read as LF: lines and hashes match on every OS. */
export function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
}
