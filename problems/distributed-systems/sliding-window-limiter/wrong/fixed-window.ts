// expect: wrong_answer
// A fixed-window counter: one count per client per window [k × windowMs, (k + 1) × windowMs), reset at
// each boundary. Cheap, and what many gateways ship, but it lets a client send 2 × limit requests
// around a boundary (example 2 accepts the call at 60 right after two at 59).
class SlidingWindowLimiter {
  private limit: number
  private windowMs: number
  private counters = new Map<string, { window: number; count: number }>()

  constructor(limit: number, windowMs: number) {
    this.limit = limit
    this.windowMs = windowMs
  }

  allow(client: string, now: number): number {
    const window = Math.floor(now / this.windowMs)
    let counter = this.counters.get(client)
    if (!counter || counter.window !== window) {
      counter = { window, count: 0 }
      this.counters.set(client, counter)
    }
    if (counter.count < this.limit) {
      counter.count++
      return 0
    }
    return (window + 1) * this.windowMs - now
  }
}
