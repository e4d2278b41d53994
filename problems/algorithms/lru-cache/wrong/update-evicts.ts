// expect: wrong_answer
// Evicts whenever the cache is full, even when put only updates a key that is already cached. The
// update does not add an entry, so nothing should go: an innocent key disappears.
class LRUCache {
  private capacity: number
  private entries = new Map<number, number>()

  constructor(capacity: number) {
    this.capacity = capacity
  }

  get(key: number): number {
    const value = this.entries.get(key)
    if (value === undefined) return -1
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  put(key: number, value: number): void {
    if (this.entries.size === this.capacity) {
      const oldest = this.entries.keys().next().value as number
      this.entries.delete(oldest)
    }
    this.entries.delete(key)
    this.entries.set(key, value)
  }
}
