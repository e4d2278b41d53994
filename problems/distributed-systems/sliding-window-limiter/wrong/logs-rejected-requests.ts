// expect: wrong_answer
// Records every attempt in the log, rejected or not. A client that keeps retrying while limited keeps
// refilling its own window and is locked out for as long as it retries, even at a modest rate: the
// limiter punishes retries instead of capping accepted traffic.
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
    while (log.head < log.times.length && log.times[log.head] <= now - this.windowMs) log.head++
    const count = log.times.length - log.head
    log.times.push(now)
    if (count < this.limit) return 0
    // The limit-th most recent attempt is the one whose departure frees a slot.
    return log.times[log.times.length - 1 - this.limit] + this.windowMs - now
  }
}
