class TokenBucket {
  // Everything is kept in thousandths of a token ("milli-tokens"): one millisecond adds exactly
  // refillPerSecond of them, so all arithmetic stays on whole numbers (at most 10^15, well within
  // the 2^53 range where doubles are exact).
  private capacityMilli: number
  private rate: number
  private milli: number
  private last = 0

  constructor(capacity: number, refillPerSecond: number) {
    this.capacityMilli = capacity * 1000
    this.rate = refillPerSecond
    this.milli = this.capacityMilli
  }

  private refill(now: number): void {
    if (now <= this.last) return
    this.milli = Math.min(this.capacityMilli, this.milli + (now - this.last) * this.rate)
    this.last = now
  }

  allow(now: number, cost: number): boolean {
    this.refill(now)
    const need = cost * 1000
    if (this.milli < need) return false
    this.milli -= need
    return true
  }

  available(now: number): number {
    this.refill(now)
    return Math.floor(this.milli / 1000)
  }
}
