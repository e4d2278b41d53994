// expect: wrong_answer
// Computes h1 + i × h2 in 32-bit arithmetic (Math.imul and >>> 0), as a C or Java port would, and
// only then reduces modulo m. Unless m is a power of two, (x mod 2^32) mod m differs from x mod m as
// soon as the sum passes 2^32: positions("kiwi") on a 63-bit filter gives [13, 41, 10, 38] instead of
// [13, 45, 14, 46].
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
    for (let i = 0; i < this.k; i++) out.push(((h1 + Math.imul(i, h2)) >>> 0) % this.m)
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
