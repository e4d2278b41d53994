import { describe, expect, it } from 'vitest'
import { compileSubmission } from './compile'

describe('compileSubmission', () => {
  it('strips types and keeps every line where it was', () => {
    const code =
      'interface P { x: number }\nfunction f(a: number, b: P): number {\n  return a + b.x\n}\n'
    const compiled = compileSubmission(code, 'typescript')
    expect(compiled.ok).toBe(true)
    if (!compiled.ok) return
    expect(compiled.js.split('\n')[2]).toBe('  return a + b.x')
    expect(compiled.js).not.toContain(': number')
  })

  it('maps a column after removed annotations back to the source column', () => {
    const code = 'function f(a: number, b: number) { return a.missing.x }'
    const compiled = compileSubmission(code, 'typescript')
    if (!compiled.ok) throw new Error(compiled.message)
    const generatedColumn = compiled.js.indexOf('.missing') + 1
    expect(compiled.toSource({ line: 1, column: generatedColumn })).toEqual({
      line: 1,
      column: code.indexOf('.missing') + 1,
    })
  })

  it('reports a TypeScript syntax error with the line and column', () => {
    const compiled = compileSubmission('const ok = 1\nfunction f(a: number {\n}', 'typescript')
    expect(compiled.ok).toBe(false)
    if (compiled.ok) return
    expect(compiled.position).toEqual({ line: 2, column: 22 })
    expect(compiled.message).toBe(
      'Syntax error at line 2, column 22: unexpected token, expected ",".',
    )
  })

  it('blanks export keywords without moving columns', () => {
    const code =
      'export function a() {}\nexport default class B {}\nexport const c = 1\nexport { a }'
    const compiled = compileSubmission(code, 'javascript')
    if (!compiled.ok) throw new Error(compiled.message)
    expect(compiled.js).toBe(
      '       function a() {}\n               class B {}\n       const c = 1\n            ',
    )
  })

  it('refuses imports with the line they are on', () => {
    const compiled = compileSubmission(
      'const a = 1\nimport { readFileSync } from "fs"\nreadFileSync("x")',
      'typescript',
    )
    expect(compiled.ok).toBe(false)
    if (compiled.ok) return
    expect(compiled.position?.line).toBe(2)
    expect(compiled.message).toMatch(/^Line 2: `import`/)
  })

  it('passes JavaScript through untouched', () => {
    const code = 'function f(a) {\n  return a?.b ?? 1\n}'
    const compiled = compileSubmission(code, 'javascript')
    expect(compiled.ok && compiled.js).toBe(code)
  })
})
