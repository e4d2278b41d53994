class SlidingWindowLimiter {
  constructor(limit: number, windowMs: number) {
    // set up your fields here
  }

  allow(client: string, now: number): number {
    return 0
  }
}
