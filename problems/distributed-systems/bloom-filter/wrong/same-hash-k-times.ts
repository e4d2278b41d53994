// expect: wrong_answer
// Uses h1 alone for every one of the k positions, so each item sets a single bit k times. The filter
// behaves like k = 1 with the memory of k hash functions: positions("apple") is [2, 2, 2] instead of
// [2, 0, 13], and false positives become far more common.
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
    let h = 0x811c9dc5
    for (let i = 0; i < item.length; i++) h = Math.imul(h ^ item.charCodeAt(i), 0x01000193) >>> 0
    const out: number[] = []
    for (let i = 0; i < this.k; i++) out.push(h % this.m)
    return out
  }

  add(item: string): void {
    for (const p of this.positions(item)) {
      if (this.bits[p] === 0) {
        this.bits[p] = 1
        this.ones++
      }
    }
  }

  mightContain(item: string): boolean {
    return this.positions(item).every((p) => this.bits[p] === 1)
  }

  bitsSet(): number {
    return this.ones
  }
}
