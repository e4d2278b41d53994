// expect: time_limit
// Never deletes anything: expired entries are skipped when looked up, and size() walks every entry
// ever created to count the live ones. Correct, but O(entries) per size() call, and the store grows
// without bound: with thousands of keys and frequent size() calls it is far over the budget.
interface BeginResult {
  status: string
  response?: string
}

class IdempotencyStore {
  private ttlMs: number
  private entries = new Map<string, { payload: string; response: string | null; expiresAt: number }>()

  constructor(ttlMs: number) {
    this.ttlMs = ttlMs
  }

  private live(key: string, now: number) {
    const entry = this.entries.get(key)
    return entry !== undefined && entry.expiresAt > now ? entry : undefined
  }

  begin(now: number, key: string, payload: string): BeginResult {
    const entry = this.live(key, now)
    if (entry === undefined) {
      this.entries.set(key, { payload, response: null, expiresAt: now + this.ttlMs })
      return { status: 'proceed' }
    }
    if (entry.payload !== payload) return { status: 'conflict' }
    if (entry.response === null) return { status: 'in-progress' }
    return { status: 'replay', response: entry.response }
  }

  complete(now: number, key: string, response: string): void {
    const entry = this.live(key, now)
    if (entry !== undefined) entry.response = response
  }

  fail(now: number, key: string): void {
    this.entries.delete(key)
  }

  size(now: number): number {
    let count = 0
    for (const entry of this.entries.values()) if (entry.expiresAt > now) count++
    return count
  }
}
