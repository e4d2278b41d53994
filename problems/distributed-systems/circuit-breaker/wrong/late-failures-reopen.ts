// expect: wrong_answer
// Lets outcomes that arrive while the breaker is open count as fresh failures, restarting the cooldown.
// Slow calls that were in flight when the breaker tripped keep pushing openedAt forward, so the breaker
// stays open longer than cooldownMs after it tripped.
class CircuitBreaker {
  private threshold: number
  private cooldownMs: number
  private trials: number
  private current: 'closed' | 'open' | 'half-open' = 'closed'
  private failures = 0 // consecutive failures while closed
  private openedAt = 0
  private granted = 0 // trials allowed in the current half-open period
  private successes = 0 // successes recorded in the current half-open period

  constructor(failureThreshold: number, cooldownMs: number, halfOpenTrials: number) {
    this.threshold = failureThreshold
    this.cooldownMs = cooldownMs
    this.trials = halfOpenTrials
  }

  /** The lazy open -> half-open transition, applied at the start of every call. */
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
    if (this.current === 'open') {
      if (!success) this.openedAt = now
      return
    }
    if (this.current === 'closed') {
      if (success) this.failures = 0
      else if (++this.failures >= this.threshold) this.open(now)
      return
    }
    if (!success) {
      this.open(now)
    } else if (++this.successes >= this.trials) {
      this.current = 'closed'
      this.failures = 0
    }
  }

  state(now: number): string {
    this.tick(now)
    return this.current
  }
}
