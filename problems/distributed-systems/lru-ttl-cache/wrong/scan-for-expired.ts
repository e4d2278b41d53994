// expect: time_limit
// Correct, but finds expired entries by walking the whole cache at the start of every operation.
// That is O(capacity) per call: with 5 000 entries and tens of thousands of operations it is far
// over the budget, where a heap ordered by expiry only ever looks at entries that really expired.
class TtlCache {
  private capacity: number
  private entries = new Map<number, { value: number; expiresAt: number }>()

  constructor(capacity: number) {
    this.capacity = capacity
  }

  private purge(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key)
    }
  }

  get(now: number, key: number): number {
    this.purge(now)
    const entry = this.entries.get(key)
    if (entry === undefined) return -1
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  put(now: number, key: number, value: number, ttlMs: number): number | null {
    this.purge(now)
    let evicted: number | null = null
    if (this.entries.has(key)) {
      this.entries.delete(key)
    } else if (this.entries.size === this.capacity) {
      evicted = this.entries.keys().next().value as number
      this.entries.delete(evicted)
    }
    this.entries.set(key, { value, expiresAt: now + ttlMs })
    return evicted
  }

  size(now: number): number {
    this.purge(now)
    return this.entries.size
  }
}
