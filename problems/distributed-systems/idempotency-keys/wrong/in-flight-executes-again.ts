// expect: wrong_answer
// Treats an entry that is still in flight like no entry at all: only a stored response counts. A
// duplicate that arrives while the first copy is still running is told to proceed, and the payment
// is executed twice, which is exactly the race idempotency keys exist to close.
interface BeginResult {
  status: string
  response?: string
}

interface Entry {
  payload: string
  response: string | null // null while the request is in flight
  expiresAt: number
}

// Every entry lives ttlMs from its creation, so entries expire in creation order. A Map iterates in
// insertion order, and an entry is (re)inserted only when it is created: the Map's first entries are
// always the next to expire. Purging from the front is O(1) amortized, and so is size().
class IdempotencyStore {
  private ttlMs: number
  private entries = new Map<string, Entry>()

  constructor(ttlMs: number) {
    this.ttlMs = ttlMs
  }

  private purge(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break
      this.entries.delete(key)
    }
  }

  begin(now: number, key: string, payload: string): BeginResult {
    this.purge(now)
    const entry = this.entries.get(key)
    if (entry === undefined) {
      this.entries.set(key, { payload, response: null, expiresAt: now + this.ttlMs })
      return { status: 'proceed' }
    }
    if (entry.payload !== payload) return { status: 'conflict' }
    if (entry.response === null) return { status: 'proceed' }
    return { status: 'replay', response: entry.response }
  }

  complete(now: number, key: string, response: string): void {
    this.purge(now)
    const entry = this.entries.get(key)
    if (entry !== undefined) entry.response = response
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
