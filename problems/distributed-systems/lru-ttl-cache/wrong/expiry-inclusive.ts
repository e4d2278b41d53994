// expect: wrong_answer
// Keeps an entry alive while now <= expiresAt, one millisecond longer than its TTL. A token issued
// for 50 ms is still served at exactly 50 ms, and a slot that should be free at that instant is not.
// One entry object per put. The Map holds the current entry of every live key in recency order
// (least recently used first); a binary min-heap orders entry objects by expiry. An entry replaced by
// a later put, or evicted, stays in the heap as a stale node and is skipped when it surfaces.
interface Entry {
  key: number
  value: number
  expiresAt: number
}

class TtlCache {
  private capacity: number
  private entries = new Map<number, Entry>()
  private heap: Entry[] = []

  constructor(capacity: number) {
    this.capacity = capacity
  }

  private push(entry: Entry): void {
    const heap = this.heap
    let i = heap.length
    heap.push(entry)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (heap[parent].expiresAt <= entry.expiresAt) break
      heap[i] = heap[parent]
      i = parent
    }
    heap[i] = entry
  }

  private pop(): void {
    const heap = this.heap
    const last = heap.pop()!
    if (heap.length === 0) return
    let i = 0
    const n = heap.length
    while (true) {
      let child = 2 * i + 1
      if (child >= n) break
      if (child + 1 < n && heap[child + 1].expiresAt < heap[child].expiresAt) child++
      if (heap[child].expiresAt >= last.expiresAt) break
      heap[i] = heap[child]
      i = child
    }
    heap[i] = last
  }

  /** Drops every entry that has expired by `now` (expiresAt <= now). Amortized O(log n). */
  private purge(now: number): void {
    const heap = this.heap
    while (heap.length > 0 && heap[0].expiresAt < now) {
      const entry = heap[0]
      this.pop()
      if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key)
    }
  }

  get(now: number, key: number): number {
    this.purge(now)
    const entry = this.entries.get(key)
    if (entry === undefined) return -1
    this.entries.delete(key) // move to the most recently used end
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
    const entry: Entry = { key, value, expiresAt: now + ttlMs }
    this.entries.set(key, entry)
    this.push(entry)
    return evicted
  }

  size(now: number): number {
    this.purge(now)
    return this.entries.size
  }
}
