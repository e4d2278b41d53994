import { type ComparatorSpec } from './types'

/**
 * Comparators run on the host, on JSON values produced inside the sandbox, so nothing the candidate
 * redefines can influence them and expected values never enter the candidate's context.
 * The `checker` comparator is not here: it runs author code in its own sandbox (see engine.ts).
 */
export function compareAnswer(
  comparator: ComparatorSpec,
  expected: unknown,
  actual: unknown,
): boolean {
  switch (comparator.kind) {
    case 'exact':
      return jsonEqual(expected, actual)
    case 'unordered':
      return unorderedEqual(expected, actual)
    case 'float':
      return floatEqual(expected, actual, comparator.tolerance)
    case 'any-of':
      return Array.isArray(expected) && expected.some((answer) => jsonEqual(answer, actual))
    case 'checker':
      throw new Error('The checker comparator runs in its own sandbox, not in compareAnswer.')
  }
}

/** Deep equality of JSON values: `undefined` reads as `null` (also a missing key), `-0` equals `0`. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return deepEqual(a, b, (x, y) => x === y)
}

/** Numbers equal within `tolerance`, absolute or relative (whichever is looser), anywhere in the value. */
export function floatEqual(a: unknown, b: unknown, tolerance: number): boolean {
  return deepEqual(a, b, (x, y) => {
    if (x === y) return true
    const difference = Math.abs(x - y)
    return difference <= tolerance || difference <= tolerance * Math.max(Math.abs(x), Math.abs(y))
  })
}

/** Top-level arrays compared as multisets (elements compared exactly); other values exactly. */
export function unorderedEqual(expected: unknown, actual: unknown): boolean {
  if (!Array.isArray(expected) || !Array.isArray(actual)) return jsonEqual(expected, actual)
  if (expected.length !== actual.length) return false
  const counts = new Map<string, number>()
  for (const item of expected) {
    const key = canonicalJson(item)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  for (const item of actual) {
    const key = canonicalJson(item)
    const count = counts.get(key)
    if (!count) return false
    counts.set(key, count - 1)
  }
  return true
}

/** JSON with sorted object keys, `undefined` as `null` and `-0` as `0`: equal values, equal strings. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.keys(value as object)
      .filter(
        (key) =>
          (value as Record<string, unknown>)[key] !== undefined &&
          (value as Record<string, unknown>)[key] !== null,
      )
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      )
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value)
}

function deepEqual(
  a: unknown,
  b: unknown,
  numbersEqual: (x: number, y: number) => boolean,
): boolean {
  const left = a === undefined ? null : a
  const right = b === undefined ? null : b
  if (typeof left === 'number' && typeof right === 'number') return numbersEqual(left, right)
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object')
    return left === right
  if (Array.isArray(left) !== Array.isArray(right)) return false
  if (Array.isArray(left) && Array.isArray(right)) {
    return (
      left.length === right.length &&
      left.every((item, i) => deepEqual(item, right[i], numbersEqual))
    )
  }
  const leftRecord = left as Record<string, unknown>
  const rightRecord = right as Record<string, unknown>
  const keys = new Set([...Object.keys(leftRecord), ...Object.keys(rightRecord)])
  for (const key of keys)
    if (!deepEqual(leftRecord[key], rightRecord[key], numbersEqual)) return false
  return true
}
