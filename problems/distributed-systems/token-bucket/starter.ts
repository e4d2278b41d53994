class TokenBucket {
  constructor(capacity: number, refillPerSecond: number) {
    // set up your fields here
  }

  allow(now: number, cost: number): boolean {
    return false
  }

  available(now: number): number {
    return 0
  }
}
