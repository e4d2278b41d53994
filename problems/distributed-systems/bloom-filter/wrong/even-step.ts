// expect: wrong_answer
// Follows the hashing recipe but leaves out the final "h2 OR 1". Whenever djb2 comes out even the
// step is even, so with an even m every position keeps the parity of h1 and the item only ever
// touches half the filter. The positions differ from the specified ones ("grape" in example 1 gets
// [5, 0, 10] instead of [5, 1, 12]), and on large even-sized filters the false-positive rate
// roughly triples.
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
    const out: number[] = []
    for (let i = 0; i < this.k; i++) out.push((h1 + i * h2) % this.m)
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
