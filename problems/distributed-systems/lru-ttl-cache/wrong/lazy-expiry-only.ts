// expect: wrong_answer
// Expires entries lazily, only when get touches them, and counts every stored entry toward the
// capacity. A cache full of dead entries then evicts a live one to make room (or reports a dead one
// as evicted) although the expired entries should have freed their slots.
class TtlCache {
  private capacity: number
  private entries = new Map<number, { value: number; expiresAt: number }>()

  constructor(capacity: number) {
    this.capacity = capacity
  }

  get(now: number, key: number): number {
    const entry = this.entries.get(key)
    if (entry === undefined) return -1
    this.entries.delete(key)
    if (entry.expiresAt <= now) return -1
    this.entries.set(key, entry)
    return entry.value
  }

  put(now: number, key: number, value: number, ttlMs: number): number | null {
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
    let live = 0
    for (const entry of this.entries.values()) if (entry.expiresAt > now) live++
    return live
  }
}
