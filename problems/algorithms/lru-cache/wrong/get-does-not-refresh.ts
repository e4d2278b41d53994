// expect: wrong_answer
// Only put refreshes a key; get reads the value but leaves the key where it was. A key that is read
// all the time but never rewritten is then evicted as if it were stale (in the example, put(3, 300)
// evicts 1 instead of 2).
class LRUCache {
  private capacity: number
  private entries = new Map<number, number>()

  constructor(capacity: number) {
    this.capacity = capacity
  }

  get(key: number): number {
    const value = this.entries.get(key)
    return value === undefined ? -1 : value
  }

  put(key: number, value: number): void {
    if (this.entries.has(key)) {
      this.entries.delete(key)
    } else if (this.entries.size === this.capacity) {
      const oldest = this.entries.keys().next().value as number
      this.entries.delete(oldest)
    }
    this.entries.set(key, value)
  }
}
