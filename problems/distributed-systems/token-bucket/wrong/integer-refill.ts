// expect: wrong_answer
// Keeps whole tokens only: every call adds floor(elapsed × rate / 1000) and moves the clock to `now`.
// The fraction thrown away is gone for good, so a client polling more often than once per token
// never earns anything (in example 2, allow(250, 1) is rejected: 0.4 + 0.6 tokens were both dropped).
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
    const added = Math.floor(((now - this.last) * this.rate) / 1000)
    this.tokens = Math.min(this.capacity, this.tokens + added)
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
    return this.tokens
  }
}
