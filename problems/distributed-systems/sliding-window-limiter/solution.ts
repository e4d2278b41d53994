// One queue per client holding the times of its accepted requests, oldest first. Times never
// decrease, so entries leave the window from the front: each is appended once and dropped once,
// which makes every call O(1) amortized. A head index replaces shift() (which copies the array).
class ClientLog {
  times: number[] = []
  head = 0
}

class SlidingWindowLimiter {
  private limit: number
  private windowMs: number
  private logs = new Map<string, ClientLog>()

  constructor(limit: number, windowMs: number) {
    this.limit = limit
    this.windowMs = windowMs
  }

  allow(client: string, now: number): number {
    let log = this.logs.get(client)
    if (log === undefined) {
      log = new ClientLog()
      this.logs.set(client, log)
    }
    const times = log.times
    // A request at time t counts while t > now - windowMs.
    while (log.head < times.length && times[log.head] <= now - this.windowMs) log.head++
    // Compact now and then so a long-lived client does not keep its whole history.
    if (log.head > 1024 && log.head * 2 > times.length) {
      log.times = times.slice(log.head)
      log.head = 0
    }
    const count = log.times.length - log.head
    if (count < this.limit) {
      log.times.push(now)
      return 0
    }
    return log.times[log.head] + this.windowMs - now
  }
}
