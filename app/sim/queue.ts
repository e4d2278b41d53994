/**
 * A min-heap of events ordered by virtual time, then by insertion order: two events at the same
 * microsecond always run in the order they were scheduled, so a run never depends on heap internals.
 */
export class EventQueue<T> {
  private readonly times: number[] = []
  private readonly seqs: number[] = []
  private readonly items: T[] = []
  private nextSeq = 0

  get size(): number {
    return this.items.length
  }

  push(time: number, item: T): void {
    let i = this.items.length
    this.times.push(time)
    this.seqs.push(this.nextSeq++)
    this.items.push(item)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }

  /** The earliest event's time, or Infinity when empty. */
  peekTime(): number {
    return this.items.length > 0 ? this.times[0]! : Infinity
  }

  pop(): { time: number; item: T } | undefined {
    const n = this.items.length
    if (n === 0) return undefined
    const time = this.times[0]!
    const item = this.items[0]!
    this.swap(0, n - 1)
    this.times.pop()
    this.seqs.pop()
    this.items.pop()
    let i = 0
    const size = n - 1
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i
      if (left < size && this.before(left, smallest)) smallest = left
      if (right < size && this.before(right, smallest)) smallest = right
      if (smallest === i) break
      this.swap(i, smallest)
      i = smallest
    }
    return { time, item }
  }

  private before(i: number, j: number): boolean {
    const ti = this.times[i]!
    const tj = this.times[j]!
    return ti < tj || (ti === tj && this.seqs[i]! < this.seqs[j]!)
  }

  private swap(i: number, j: number): void {
    const t = this.times[i]!
    this.times[i] = this.times[j]!
    this.times[j] = t
    const s = this.seqs[i]!
    this.seqs[i] = this.seqs[j]!
    this.seqs[j] = s
    const item = this.items[i]!
    this.items[i] = this.items[j]!
    this.items[j] = item
  }
}
