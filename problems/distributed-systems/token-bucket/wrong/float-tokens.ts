// expect: wrong_answer
// Keeps the token count as a floating-point number and adds elapsed × rate / 1000 on every call.
// Looks exact, but sums of fractions drift: ten refills of 0.1 token add up to 0.9999999999999999,
// so a request that should find exactly one token in the bucket is rejected.
class TokenBucket {
  private capacity: number
  private rate: number
  private tokens: number
  private last = 0

  constructor(capacity: number, refillPerSecond: number) {
    this.capacity = capacity
    this.rate = refillPerSecond
    this.tokens = capacity
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.rate) / 1000)
    this.last = now
  }

  allow(now: number, cost: number): boolean {
    this.refill(now)
    if (this.tokens < cost) return false
    this.tokens -= cost
    return true
  }

  available(now: number): number {
    this.refill(now)
    return Math.floor(this.tokens)
  }
}
