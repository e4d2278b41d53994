// expect: time_limit
// Correct, but bitsSet counts the ones by scanning all m bits on every call: O(m) instead of O(1).
// Monitoring that calls it every few inserts on a filter of nearly a million bits turns into billions
// of steps.
class BloomFilter {
  private m: number
  private k: number
  private bits: Uint8Array

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
  }

  mightContain(item: string): boolean {
    return this.positions(item).every((p) => this.bits[p] === 1)
  }

  bitsSet(): number {
    let count = 0
    for (let i = 0; i < this.m; i++) count += this.bits[i]
    return count
  }
}
