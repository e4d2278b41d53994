// expect: wrong_answer
// Refills exactly, but forgets that the bucket has a size: a client idle for an hour banks an hour
// of tokens and may then fire them all in one burst, which is precisely what the capacity forbids.
class TokenBucket {
  private rate: number
  private milli: number
  private last = 0

  constructor(capacity: number, refillPerSecond: number) {
    this.rate = refillPerSecond
    this.milli = capacity * 1000
  }

  private refill(now: number): void {
    this.milli += (now - this.last) * this.rate
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
