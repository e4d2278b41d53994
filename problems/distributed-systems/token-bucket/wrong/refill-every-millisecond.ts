// expect: time_limit
// Emulates a background refill timer: one step per elapsed millisecond, each adding refillPerSecond
// thousandths of a token. The answers are right, but the cost grows with the gap between calls
// instead of the number of calls; a client that comes back after 11 days (10^9 ms) costs a billion steps.
class TokenBucket {
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
    for (let t = this.last; t < now; t++) {
      this.milli = Math.min(this.capacityMilli, this.milli + this.rate)
    }
    this.last = now
  }

  allow(now: number, cost: number): boolean {
    this.refill(now)
    if (this.milli < cost * 1000) return false
    this.milli -= cost * 1000
    return true
  }

  available(now: number): number {
    this.refill(now)
    return Math.floor(this.milli / 1000)
  }
}
