import { describe, expect, it } from 'vitest'
import { checkRegister, type RegisterOp } from './linearizable'

let id = 0
const op = (
  kind: RegisterOp['kind'],
  invoke: number,
  complete: number,
  fields: Partial<RegisterOp>,
) => ({ id: id++, kind, invoke, complete, ...fields }) as RegisterOp
const w = (value: number, invoke: number, complete: number) =>
  op('write', invoke, complete, { value: String(value) })
const r = (value: number | null, invoke: number, complete: number) =>
  op('read', invoke, complete, { value: value === null ? null : String(value) })
const cas = (from: number, to: number, invoke: number, complete: number) =>
  op('cas', invoke, complete, { from: String(from), to: String(to) })

describe('checkRegister', () => {
  it('accepts concurrent operations that some order explains', () => {
    expect(checkRegister([w(1, 0, 10), w(2, 5, 15), r(1, 12, 20), r(1, 21, 22)]).ok).toBe(true)
    expect(checkRegister([r(null, 0, 1), w(1, 2, 3), cas(1, 2, 4, 8), r(2, 6, 9)]).ok).toBe(true)
  })

  it('rejects a read of a value that a completed write had replaced, naming that read', () => {
    const stale = r(1, 30, 31)
    const result = checkRegister([w(1, 0, 10), w(2, 11, 20), stale])
    expect(result.ok).toBe(false)
    if (result.ok !== false) return
    expect(result.stuck).toBe(stale)
    expect(result.states).toEqual(['2'])
  })

  it('lets an indefinite write take effect late, or never', () => {
    expect(checkRegister([w(1, 0, 10), w(2, 5, Infinity), r(1, 20, 21), r(2, 30, 31)]).ok).toBe(
      true,
    )
    expect(checkRegister([w(1, 0, 10), w(2, 5, Infinity), r(1, 20, 21)]).ok).toBe(true)
    // ...but not before it was invoked.
    expect(checkRegister([w(1, 0, 10), r(2, 11, 12), w(2, 20, Infinity)]).ok).toBe(false)
  })

  it('says "unknown" rather than searching forever', () => {
    const ops: RegisterOp[] = []
    for (let i = 0; i < 40; i++) ops.push(w(i, 0, 100))
    for (let i = 0; i < 40; i++) ops.push(r(i, 0, 100))
    expect(checkRegister(ops, { maxStates: 1000 }).ok).toBe('unknown')
  })
})
