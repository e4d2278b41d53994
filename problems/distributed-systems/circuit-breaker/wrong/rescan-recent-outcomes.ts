// expect: time_limit
// Keeps the history of outcomes since the breaker last closed and, on every failure, checks whether the
// last failureThreshold outcomes were all failures by scanning them. Correct, but each failure costs
// O(failureThreshold): with a threshold of 1 000 and a long stretch of mostly failing traffic that is
// millions of steps, where one counter would do.
class CircuitBreaker {
  private threshold: number
  private cooldownMs: number
  private trials: number
  private current: 'closed' | 'open' | 'half-open' = 'closed'
  private history: boolean[] = []
  private openedAt = 0
  private granted = 0
  private successes = 0

  constructor(failureThreshold: number, cooldownMs: number, halfOpenTrials: number) {
    this.threshold = failureThreshold
    this.cooldownMs = cooldownMs
    this.trials = halfOpenTrials
  }

  private tick(now: number): void {
    if (this.current === 'open' && now >= this.openedAt + this.cooldownMs) {
      this.current = 'half-open'
      this.granted = 0
      this.successes = 0
    }
  }

  private open(now: number): void {
    this.current = 'open'
    this.openedAt = now
  }

  allow(now: number): boolean {
    this.tick(now)
    if (this.current === 'closed') return true
    if (this.current === 'open') return false
    if (this.granted >= this.trials) return false
    this.granted++
    return true
  }

  record(now: number, success: boolean): void {
    this.tick(now)
    if (this.current === 'open') return
    if (this.current === 'closed') {
      this.history.push(success)
      if (success) return
      const recent = this.history.slice(-this.threshold)
      if (recent.length === this.threshold && recent.every((ok) => !ok)) this.open(now)
      return
    }
    if (!success) {
      this.open(now)
    } else if (++this.successes >= this.trials) {
      this.current = 'closed'
      this.history = []
    }
  }

  state(now: number): string {
    this.tick(now)
    return this.current
  }
}
