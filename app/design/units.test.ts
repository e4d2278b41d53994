import { describe, expect, it } from 'vitest'
import {
  formatNumber,
  formatQuantity,
  fromBase,
  parseQuantity,
  parseUnit,
  toBase,
  type Unit,
  type UnitFamily,
} from './units'

function unit(text: string): Unit {
  const found = parseUnit(text)
  if (!found) throw new Error(`${text} should be a unit`)
  return found
}

function base(input: string, expected: string) {
  const parsed = parseQuantity(input, unit(expected))
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.base
}

function error(input: string, expected: string) {
  const parsed = parseQuantity(input, unit(expected))
  if (parsed.ok) throw new Error(`${input} should not parse as ${expected}`)
  return parsed.error
}

describe('parseUnit', () => {
  it.each<[string, UnitFamily, number]>([
    ['/s', 'rate', 1],
    ['writes/s', 'rate', 1],
    ['req per minute', 'rate', 1 / 60],
    ['/day', 'rate', 1 / 86_400],
    ['rps', 'rate', 1],
    ['B', 'data', 1],
    ['KB', 'data', 1e3],
    ['TB', 'data', 1e12],
    ['PB', 'data', 1e15],
    ['GiB', 'data', 2 ** 30],
    ['Gb', 'data', 1e9 / 8],
    ['gb', 'data', 1e9],
    ['terabytes', 'data', 1e12],
    ['hosts', 'count', 1],
    ['ms', 'duration', 1e-3],
    ['min', 'duration', 60],
    ['h', 'duration', 3600],
    ['days', 'duration', 86_400],
    ['year', 'duration', 365 * 86_400],
    ['MB/s', 'bandwidth', 1e6],
    ['Gbps', 'bandwidth', 1e9 / 8],
    ['TB/year', 'bandwidth', 1e12 / (365 * 86_400)],
    ['%', 'ratio', 0.01],
  ])('reads %s as %s', (text, family, factor) => {
    const found = unit(text)
    expect(found.family).toBe(family)
    expect(found.factor).toBeCloseTo(factor, 12)
  })

  it('knows no unit in magnitudes or stray symbols', () => {
    expect(parseUnit('k')).toBeUndefined()
    expect(parseUnit('million')).toBeUndefined()
    expect(parseUnit('x')).toBeUndefined()
    expect(parseUnit('')).toBeUndefined()
    expect(parseUnit('$/s')).toBeUndefined()
  })
})

describe('parseQuantity', () => {
  it('reads a bare number in the unit the question asks for', () => {
    expect(base('1.6', 'TB/year')).toBeCloseTo(1.6e12 / (365 * 86_400))
    expect(base('42', 'hosts')).toBe(42)
  })

  it('applies magnitudes: 12k, 3.5 million, 2B, 1,200, 3e5, 1.5 × 10^6', () => {
    expect(base('12k', '/s')).toBe(12_000)
    expect(base('12 K writes/s', '/s')).toBe(12_000)
    expect(base('3.5 million', 'users')).toBe(3_500_000)
    expect(base('2B', 'users')).toBe(2e9)
    expect(base('2 bn/day', '/s')).toBeCloseTo(2e9 / 86_400)
    expect(base('1,200', 'hosts')).toBe(1200)
    expect(base('3e5', '/s')).toBe(300_000)
    expect(base('1.5 × 10^6', 'hosts')).toBe(1_500_000)
    expect(base('~5m', 'users')).toBe(5_000_000)
  })

  it('converts between the members of a family', () => {
    expect(base('1.5 TB', 'GB')).toBe(1.5e12)
    expect(base('1500 GB', 'TB')).toBe(1.5e12)
    expect(base('2 KiB', 'B')).toBe(2048)
    expect(base('8 Gbit', 'GB')).toBe(1e9)
    expect(base('100 GB/day', 'TB/year')).toBeCloseTo(1e11 / 86_400)
    expect(base('10 Gbps', 'MB/s')).toBe(1.25e9)
    expect(base('600/min', '/s')).toBe(10)
    expect(base('8.76 h', 'min')).toBeCloseTo(31_536)
    expect(base('8h 45m', 'min')).toBe(8 * 3600 + 45 * 60)
    expect(base('99.9%', '%')).toBeCloseTo(0.999)
    expect(base('5m', 'min')).toBe(300)
    expect(base('3 B', 'GB')).toBe(3)
  })

  it('round-trips through toBase and fromBase', () => {
    const tb = unit('TB')
    expect(fromBase(toBase(2.5, tb), unit('GB'))).toBe(2500)
  })

  it('says why a unit from another family does not fit', () => {
    expect(error('1.5 TB', 'writes/s')).toBe(
      '"TB" is a data size, but this answer is a rate: write a number of writes/s (like 12k or 1.5) or use /s, /min, /h or /day.',
    )
    expect(error('3 hours', 'hosts')).toMatch(/^"hours" is a duration, but this answer is a count/)
    expect(error('12k writes', '/s')).toMatch(/^"writes" is a count, but this answer is a rate/)
    expect(error('2 TB', 'TB/day')).toMatch(/^"TB" is a data size, but this answer is a data rate/)
  })

  it('says so for an unknown unit, a missing number and a decimal comma', () => {
    expect(error('5 zorks/s', 'TB')).toBe(
      '"zorks/s" is a rate, but this answer is a data size: write a number of TB (like 12k or 1.5) or use B, KB, MB, GB, TB or PB (powers of 1000).',
    )
    expect(error('5 XB', 'TB')).toMatch(/^"XB" is not a unit I know; this answer is a data size/)
    expect(error('lots', '/s')).toMatch(/^"lots" does not start with a number/)
    expect(error('', '/s')).toMatch(/^Enter a number/)
    expect(error('12,5', 'TB')).toMatch(/write decimals with a dot/)
  })

  it('refuses a bare prefix letter for data sizes instead of guessing', () => {
    expect(error('3M', 'GB')).toBe(
      '"3M" is ambiguous for a data size: write the unit in full, like 3 MB, or a number of GB.',
    )
  })
})

describe('formatNumber and formatQuantity', () => {
  it('rounds to three significant digits and groups thousands', () => {
    expect(formatNumber(11_574.07)).toBe('11,600')
    expect(formatNumber(1.6)).toBe('1.6')
    expect(formatNumber(4_200_000)).toBe('4.2 million')
    expect(formatNumber(3.1e15)).toBe('3.1e15')
    expect(formatNumber(0.0025)).toBe('0.0025')
    expect(formatNumber(262.8, 6)).toBe('262.8')
    expect(formatNumber(0)).toBe('0')
  })

  it('writes slash and percent units without a space', () => {
    expect(formatQuantity(12_000, '/s')).toBe('12,000/s')
    expect(formatQuantity(1.6, 'TB/year')).toBe('1.6 TB/year')
    expect(formatQuantity(99.8001, '%', 6)).toBe('99.8001%')
  })
})
