// expect: time_limit
// Rebuilds the client's log with filter() on every call to drop old requests, then counts what is left.
// Correct, but each call walks every request still in the window: with thousands of requests in the
// window and tens of thousands of calls, that is hundreds of millions of steps.
class SlidingWindowLimiter {
  private limit: number
  private windowMs: number
  private logs = new Map<string, number[]>()

  constructor(limit: number, windowMs: number) {
    this.limit = limit
    this.windowMs = windowMs
  }

  allow(client: string, now: number): number {
    const log = (this.logs.get(client) ?? []).filter((t) => t > now - this.windowMs)
    this.logs.set(client, log)
    if (log.length < this.limit) {
      log.push(now)
      return 0
    }
    return log[0] + this.windowMs - now
  }
}
