// expect: time_limit
// Stores count and last-use time per key and scans every entry to find the victim: O(capacity) per
// eviction. Correct, but a full cache of 4 000 entries under a stream of 5 000 new keys means
// some twenty million entries examined.
class LFUCache {
  private capacity: number
  private clock = 0
  private entries = new Map<number, { value: number; count: number; used: number }>()

  constructor(capacity: number) {
    this.capacity = capacity
  }

  get(key: number): number {
    const e = this.entries.get(key)
    if (e === undefined) return -1
    e.count++
    e.used = ++this.clock
    return e.value
  }

  put(key: number, value: number): void {
    if (this.capacity === 0) return
    const e = this.entries.get(key)
    if (e !== undefined) {
      e.value = value
      e.count++
      e.used = ++this.clock
      return
    }
    if (this.entries.size === this.capacity) {
      let victim = -1
      let best: { count: number; used: number } | null = null
      for (const [k, cand] of this.entries) {
        if (best === null || cand.count < best.count || (cand.count === best.count && cand.used < best.used)) {
          best = cand
          victim = k
        }
      }
      this.entries.delete(victim)
    }
    this.entries.set(key, { value, count: 1, used: ++this.clock })
  }
}
