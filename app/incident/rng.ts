/**
 * Seeded randomness for the incident engine. Signals use counter-based draws (a hash of the seed and the
 * sample's coordinates) so that a value never depends on the order in which anything was computed or
 * viewed: replaying the same actions gives the same numbers whatever the candidate looked at.
 */

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Mixes integers into one well-spread 32-bit value (murmur3's finaliser over a running hash). */
export function mix(a: number, b = 0, c = 0, d = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35)
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f)
  h = Math.imul(h ^ (h >>> 15) ^ d, 0x165667b1)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** A float in [0, 1) fixed by the seed and the coordinates. */
export function unitAt(seed: number, a: number, b = 0, c = 0): number {
  return mix(seed, a, b, c) / 4294967296
}

/** Roughly standard-normal noise fixed by the seed and the coordinates (Irwin–Hall with 4 terms). */
export function normalAt(seed: number, a: number, b = 0, c = 0): number {
  const h1 = mix(seed, a, b, c)
  const h2 = mix(h1, 0x68e31da4)
  const sum =
    (h1 & 0xffff) / 65536 + (h1 >>> 16) / 65536 + (h2 & 0xffff) / 65536 + (h2 >>> 16) / 65536
  return (sum - 2) * Math.sqrt(3)
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number
  pick<T>(items: readonly T[]): T
}

/** Fills `out` with roughly standard-normal values fixed by the seed and the coordinates (one hash, then xorshift). */
export function normalsAt(out: Float64Array, seed: number, a: number, b = 0) {
  let x = mix(seed, a, b) | 1
  for (let i = 0; i < out.length; i++) {
    let sum = 0
    for (let k = 0; k < 4; k++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      sum += (x >>> 0) / 4294967296
    }
    out[i] = (sum - 2) * Math.sqrt(3)
  }
  return out
}

/** A sequential PRNG (mulberry32) for generating one thing from a seed, such as a log line. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  }
}

/** A 53-bit hash of a string, as 14 hex digits: fingerprints of signal histories. */
export function digest(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

/** Folds 32-bit words into a running 53-bit hash: fingerprints of large numeric histories. */
export function digestWords(words: Uint32Array, length: number, previous = ''): string {
  let h1 = 0xdeadbeef ^ hashString(previous)
  let h2 = 0x41c6ce57
  for (let i = 0; i < length; i++) {
    const word = words[i]
    h1 = Math.imul(h1 ^ word, 2654435761)
    h2 = Math.imul(h2 ^ word, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}
