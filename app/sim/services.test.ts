import { describe, expect, it } from 'vitest'
import { Prng } from './prng'
import { LinKv, SeqKv } from './services'

describe('lin-kv', () => {
  it('reads the latest write, and cas succeeds only from the current value', () => {
    const kv = new LinKv()
    expect(kv.handle('n1', { type: 'read', key: 'x' })).toMatchObject({ type: 'error', code: 20 })
    expect(kv.handle('n1', { type: 'cas', key: 'x', from: 0, to: 1 })).toMatchObject({ code: 20 })
    expect(
      kv.handle('n1', { type: 'cas', key: 'x', from: 0, to: 1, create_if_not_exists: true }),
    ).toEqual({ type: 'cas_ok' })
    expect(kv.handle('n2', { type: 'write', key: 'x', value: [1, 2] })).toEqual({
      type: 'write_ok',
    })
    expect(kv.handle('n3', { type: 'read', key: 'x' })).toEqual({ type: 'read_ok', value: [1, 2] })
    expect(kv.handle('n3', { type: 'cas', key: 'x', from: [1], to: 3 })).toMatchObject({ code: 22 })
    expect(kv.handle('n3', { type: 'cas', key: 'x', from: [1, 2], to: 3 })).toEqual({
      type: 'cas_ok',
    })
    expect(kv.handle('n1', { type: 'read', key: 'x' })).toEqual({ type: 'read_ok', value: 3 })
    expect(kv.handle('n1', { type: 'delete', key: 'x' })).toMatchObject({ code: 10 })
  })
})

describe('seq-kv', () => {
  it('may serve stale reads, but never older than what the caller has already seen', () => {
    const kv = new SeqKv(new Prng(9))
    for (let i = 1; i <= 50; i++) kv.handle('n1', { type: 'write', key: 'k', value: i })
    const reads = Array.from({ length: 200 }, () => {
      const reply = kv.handle('n2', { type: 'read', key: 'k' })
      return reply.type === 'read_ok' ? (reply.value as number) : 0
    })
    expect(reads.some((value) => value < 50)).toBe(true)
    for (let i = 1; i < reads.length; i++) expect(reads[i]).toBeGreaterThanOrEqual(reads[i - 1]!)
    // A write brings the caller up to date, and cas always acts on the latest value.
    kv.handle('n3', { type: 'write', key: 'other', value: 1 })
    expect(kv.handle('n3', { type: 'read', key: 'k' })).toEqual({ type: 'read_ok', value: 50 })
    expect(kv.handle('n4', { type: 'cas', key: 'k', from: 49, to: 0 })).toMatchObject({ code: 22 })
  })
})
