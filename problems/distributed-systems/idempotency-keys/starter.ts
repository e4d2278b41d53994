interface BeginResult {
  status: string // "proceed" | "in-progress" | "conflict" | "replay"
  response?: string // only with "replay"
}

class IdempotencyStore {
  constructor(ttlMs: number) {
    // set up your fields here
  }

  begin(now: number, key: string, payload: string): BeginResult {
    return { status: 'proceed' }
  }

  complete(now: number, key: string, response: string): void {}

  fail(now: number, key: string): void {}

  size(now: number): number {
    return 0
  }
}
