class LRUCache {
  private capacity: number
  // A Map iterates in insertion order: deleting and re-inserting a key moves it to the back,
  // so the first key is always the least recently used one.
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
    if (this.entries.has(key)) {
      this.entries.delete(key)
    } else if (this.entries.size === this.capacity) {
      const oldest = this.entries.keys().next().value as number
      this.entries.delete(oldest)
    }
    this.entries.set(key, value)
  }
}
