// expect: wrong_answer
// Counts a request while t >= now - windowMs instead of t > now - windowMs: the window is one
// millisecond too long. A request accepted at 0 still blocks the client at exactly 1000, and every
// Retry-After is one millisecond short of what the limiter really does.
class SlidingWindowLimiter {
  private limit: number
  private windowMs: number
  private logs = new Map<string, { times: number[]; head: number }>()

  constructor(limit: number, windowMs: number) {
    this.limit = limit
    this.windowMs = windowMs
  }

  allow(client: string, now: number): number {
    let log = this.logs.get(client)
    if (!log) {
      log = { times: [], head: 0 }
      this.logs.set(client, log)
    }
    while (log.head < log.times.length && log.times[log.head] < now - this.windowMs) log.head++
    if (log.times.length - log.head < this.limit) {
      log.times.push(now)
      return 0
    }
    return log.times[log.head] + this.windowMs - now
  }
}
