class BloomFilter {
  private m: number
  private k: number
  private bits: Uint8Array
  private ones = 0

  constructor(expectedItems: number, falsePositiveRate: number) {
    const n = expectedItems
    this.m = Math.ceil((-n * Math.log(falsePositiveRate)) / (Math.LN2 * Math.LN2))
    this.k = Math.max(1, Math.round((this.m / n) * Math.LN2))
    this.bits = new Uint8Array(this.m)
  }

  params(): number[] {
    return [this.m, this.k]
  }

  positions(item: string): number[] {
    // Two base hashes, each over the item's character codes.
    let h1 = 0x811c9dc5 // FNV-1a
    let h2 = 5381 // djb2
    for (let i = 0; i < item.length; i++) {
      const c = item.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
      h2 = (Math.imul(h2, 33) + c) >>> 0
    }
    // An odd step: FNV-1a and djb2 always have the same parity, so an even h2 would keep every
    // position on the parity of h1 when m is even.
    h2 = (h2 | 1) >>> 0
    // Double hashing. h1 + i * h2 < 2^37, exact in a double, so no 32-bit wrap-around.
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
    for (const p of this.positions(item)) if (this.bits[p] === 0) return false
    return true
  }

  bitsSet(): number {
    return this.ones
  }
}
