import { describe, expect, it } from 'vitest'
import { canonicalJson, compareAnswer, floatEqual, jsonEqual, unorderedEqual } from './compare'

describe('exact comparison', () => {
  it('treats undefined, a missing key and null alike', () => {
    expect(jsonEqual(null, undefined)).toBe(true)
    expect(jsonEqual({ a: 1, b: null }, { a: 1 })).toBe(true)
    expect(jsonEqual([undefined, 1], [null, 1])).toBe(true)
  })
  it('treats -0 as 0 but tells other numbers apart', () => {
    expect(jsonEqual([-0], [0])).toBe(true)
    expect(jsonEqual(0.1 + 0.2, 0.3)).toBe(false)
  })
  it('compares nested arrays and objects by structure, not key order', () => {
    expect(jsonEqual({ a: [1, { b: 2 }], c: 'x' }, { c: 'x', a: [1, { b: 2 }] })).toBe(true)
    expect(jsonEqual([1, [2, 3]], [1, [3, 2]])).toBe(false)
    expect(jsonEqual([1], { 0: 1 })).toBe(false)
    expect(jsonEqual('1', 1)).toBe(false)
  })
})

describe('unordered comparison', () => {
  it('compares top-level arrays as multisets', () => {
    expect(unorderedEqual([0, 1], [1, 0])).toBe(true)
    expect(unorderedEqual([[1, 2], [3]], [[3], [1, 2]])).toBe(true)
  })
  it('counts duplicates', () => {
    expect(unorderedEqual([1, 1, 2], [1, 2, 2])).toBe(false)
    expect(unorderedEqual([1, 1, 2], [1, 2, 1])).toBe(true)
  })
  it('keeps inner arrays ordered', () => {
    expect(unorderedEqual([[1, 2]], [[2, 1]])).toBe(false)
  })
  it('falls back to exact comparison for non-arrays', () => {
    expect(unorderedEqual({ a: 1 }, { a: 1 })).toBe(true)
    expect(unorderedEqual([1], 1)).toBe(false)
  })
})

describe('float comparison', () => {
  it('accepts an absolute or a relative error within tolerance', () => {
    expect(floatEqual(0.3, 0.1 + 0.2, 1e-9)).toBe(true)
    expect(floatEqual(1e12, 1e12 + 1, 1e-9)).toBe(true)
    expect(floatEqual(1, 1.001, 1e-6)).toBe(false)
  })
  it('applies inside arrays and objects', () => {
    expect(floatEqual({ x: [1.0000001, 2] }, { x: [1, 2] }, 1e-6)).toBe(true)
    expect(floatEqual([1, 2], [1, 2, 3], 1)).toBe(false)
  })
})

describe('any-of comparison', () => {
  it('accepts any one of the listed answers exactly', () => {
    const comparator = { kind: 'any-of' } as const
    expect(
      compareAnswer(
        comparator,
        [
          [0, 1],
          [1, 0],
        ],
        [1, 0],
      ),
    ).toBe(true)
    expect(
      compareAnswer(
        comparator,
        [
          [0, 1],
          [1, 0],
        ],
        [0, 2],
      ),
    ).toBe(false)
  })
})

describe('canonical JSON', () => {
  it('gives equal values equal strings', () => {
    expect(canonicalJson({ b: 1, a: [-0, null] })).toBe(
      canonicalJson({ a: [0, undefined], b: 1, c: null }),
    )
  })
})
