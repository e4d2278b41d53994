// expect: wrong_answer
// Starts the TTL when the response is stored rather than when the key was created. Entries of slow
// requests then outlive their TTL, and expiry is no longer in creation order, so this version also has
// to scan for expired entries.
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

  private purge(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key)
  }

  begin(now: number, key: string, payload: string): BeginResult {
    this.purge(now)
    const entry = this.entries.get(key)
    if (entry === undefined) {
      this.entries.set(key, { payload, response: null, expiresAt: now + this.ttlMs })
      return { status: 'proceed' }
    }
    if (entry.payload !== payload) return { status: 'conflict' }
    if (entry.response === null) return { status: 'in-progress' }
    return { status: 'replay', response: entry.response }
  }

  complete(now: number, key: string, response: string): void {
    this.purge(now)
    const entry = this.entries.get(key)
    if (entry !== undefined) {
      entry.response = response
      entry.expiresAt = now + this.ttlMs
    }
  }

  fail(now: number, key: string): void {
    this.purge(now)
    this.entries.delete(key)
  }

  size(now: number): number {
    this.purge(now)
    return this.entries.size
  }
}
