// expect: wrong_answer
// Keeps bitsSet O(1) with a counter, but adds k to it on every add, without checking whether the
// bits were already 1. Bits shared between items, repeated positions and repeated adds are all
// counted again: example 1 reports 9 instead of 6.
class BloomFilter {
  private m: number
  private k: number
  private bits: Uint8Array
  private ones = 0

  constructor(expectedItems: number, falsePositiveRate: number) {
    this.m = Math.ceil((-expectedItems * Math.log(falsePositiveRate)) / (Math.LN2 * Math.LN2))
    this.k = Math.max(1, Math.round((this.m / expectedItems) * Math.LN2))
    this.bits = new Uint8Array(this.m)
  }

  params(): number[] {
    return [this.m, this.k]
  }

  positions(item: string): number[] {
    let h1 = 0x811c9dc5
    let h2 = 5381
    for (let i = 0; i < item.length; i++) {
      const c = item.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
      h2 = (Math.imul(h2, 33) + c) >>> 0
    }
    h2 = (h2 | 1) >>> 0
    const out: number[] = []
    for (let i = 0; i < this.k; i++) out.push((h1 + i * h2) % this.m)
    return out
  }

  add(item: string): void {
    for (const p of this.positions(item)) this.bits[p] = 1
    this.ones += this.k
  }

  mightContain(item: string): boolean {
    return this.positions(item).every((p) => this.bits[p] === 1)
  }

  bitsSet(): number {
    return this.ones
  }
}
