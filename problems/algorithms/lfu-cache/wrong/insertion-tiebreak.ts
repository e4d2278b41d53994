// expect: wrong_answer
// Breaks ties between equally used keys by when they entered the cache, not by when they were last
// used. With capacity 2: put(1), put(2), get(2), get(1), put(3) must evict 2 (its last use is older),
// but this evicts 1 because 1 was inserted first.
class LFUCache {
  private capacity: number
  private inserted = 0
  private entries = new Map<number, { value: number; count: number; since: number }>()

  constructor(capacity: number) {
    this.capacity = capacity
  }

  get(key: number): number {
    const e = this.entries.get(key)
    if (e === undefined) return -1
    e.count++
    return e.value
  }

  put(key: number, value: number): void {
    if (this.capacity === 0) return
    const e = this.entries.get(key)
    if (e !== undefined) {
      e.value = value
      e.count++
      return
    }
    if (this.entries.size === this.capacity) {
      let victim = -1
      let best: { count: number; since: number } | null = null
      for (const [k, cand] of this.entries) {
        if (best === null || cand.count < best.count || (cand.count === best.count && cand.since < best.since)) {
          best = cand
          victim = k
        }
      }
      this.entries.delete(victim)
    }
    this.entries.set(key, { value, count: 1, since: this.inserted++ })
  }
}
