/**
 * The simulator's only source of randomness: sfc32 seeded through splitmix32. Each concern (network,
 * nemesis, clients, services, every node) draws from its own stream, forked by name from the run's
 * seed, so a change in how many messages a candidate sends never changes the fault schedule or the
 * operations the clients pick.
 */
export class Prng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(readonly seed: number) {
    let state = seed >>> 0
    const mix = () => {
      state = (state + 0x9e3779b9) | 0
      let z = state
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = mix()
    this.b = mix()
    this.c = mix()
    this.d = mix()
    for (let i = 0; i < 12; i++) this.nextUint32()
  }

  /** An independent stream named `label`, fixed by this stream's seed (not by how much it was used). */
  fork(label: string): Prng {
    return new Prng(hashSeed(this.seed, label))
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296
  }

  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!
  }

  /** Fisher–Yates on a copy. */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i)
      const swap = copy[i]!
      copy[i] = copy[j]!
      copy[j] = swap
    }
    return copy
  }

  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number {
    return -mean * ln(1 - this.next())
  }
}

/**
 * Natural log of x in (0, 1] from + − × ÷ only: those are correctly rounded everywhere, while
 * Math.log may differ in the last bit between JavaScript engines, and a run must replay identically
 * in a browser too.
 */
export function ln(x: number): number {
  let exponent = 0
  while (x < 0.5) {
    x *= 2
    exponent--
  }
  const t = (x - 1) / (x + 1)
  const t2 = t * t
  let term = t
  let sum = 0
  for (let i = 1; i < 60; i += 2) {
    sum += term / i
    term *= t2
  }
  return 2 * sum + exponent * Math.LN2
}

/** FNV-1a of the label, mixed with a seed: the seed of a named sub-stream. */
export function hashSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}
