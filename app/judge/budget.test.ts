import { describe, expect, it } from 'vitest'
import { calibrateBudget, formatOps, formatRelativeCost, OPS_PER_TICK, seedForTest } from './budget'

describe('calibrateBudget', () => {
  it('is factor × reference ticks, rounded up, never under the floor', () => {
    expect(calibrateBudget(1000)).toBe(4000)
    expect(calibrateBudget(10)).toBe(200)
    expect(calibrateBudget(101, { factor: 3, floor: 50 })).toBe(303)
    expect(calibrateBudget(0.5, { factor: 3, floor: 0 })).toBe(2)
  })
})

describe('formatOps', () => {
  it('shows ticks as ops for people', () => {
    expect(OPS_PER_TICK).toBe(10_000)
    expect(formatOps(0)).toBe('< 10 k ops')
    expect(formatOps(35)).toBe('350 k ops')
    expect(formatOps(210)).toBe('2.1 M ops')
    expect(formatOps(150_000)).toBe('1,500 M ops')
  })
  it('says how a cost compares with the reference', () => {
    expect(formatRelativeCost(140, 100)).toBe('1.4× reference')
    expect(formatRelativeCost(2500, 100)).toBe('25× reference')
    expect(formatRelativeCost(3, 0)).toBe('3.0× reference')
  })
})

describe('seedForTest', () => {
  it('is a stable 32-bit seed per problem and test id', () => {
    expect(seedForTest('two-sum', 12)).toBe(seedForTest('two-sum', 12))
    expect(seedForTest('two-sum', 12)).not.toBe(seedForTest('two-sum', 13))
    expect(seedForTest('two-sum', 12)).not.toBe(seedForTest('three-sum', 12))
    expect(
      Number.isInteger(seedForTest('x', 1)) &&
        seedForTest('x', 1) >= 0 &&
        seedForTest('x', 1) < 2 ** 32,
    ).toBe(true)
  })
})
