class LFUCache {
  private capacity: number
  private values = new Map<number, number>()
  private counts = new Map<number, number>()
  // For each use count, the keys having it, oldest use first (a Map keeps insertion order).
  private buckets = new Map<number, Map<number, true>>()
  private minCount = 0

  constructor(capacity: number) {
    this.capacity = capacity
  }

  private touch(key: number): void {
    const count = this.counts.get(key)!
    const bucket = this.buckets.get(count)!
    bucket.delete(key)
    if (bucket.size === 0) {
      this.buckets.delete(count)
      if (this.minCount === count) this.minCount = count + 1
    }
    this.counts.set(key, count + 1)
    let next = this.buckets.get(count + 1)
    if (next === undefined) {
      next = new Map()
      this.buckets.set(count + 1, next)
    }
    next.set(key, true)
  }

  get(key: number): number {
    const value = this.values.get(key)
    if (value === undefined) return -1
    this.touch(key)
    return value
  }

  put(key: number, value: number): void {
    if (this.capacity === 0) return
    if (this.values.has(key)) {
      this.values.set(key, value)
      this.touch(key)
      return
    }
    if (this.values.size === this.capacity) {
      const bucket = this.buckets.get(this.minCount)!
      const victim = bucket.keys().next().value as number
      bucket.delete(victim)
      if (bucket.size === 0) this.buckets.delete(this.minCount)
      this.values.delete(victim)
      this.counts.delete(victim)
    }
    this.values.set(key, value)
    this.counts.set(key, 1)
    let ones = this.buckets.get(1)
    if (ones === undefined) {
      ones = new Map()
      this.buckets.set(1, ones)
    }
    ones.set(key, true)
    this.minCount = 1
  }
}
