class CircuitBreaker {
  constructor(failureThreshold: number, cooldownMs: number, halfOpenTrials: number) {
    // set up your fields here
  }

  allow(now: number): boolean {
    return true
  }

  record(now: number, success: boolean): void {}

  state(now: number): string {
    return 'closed'
  }
}
