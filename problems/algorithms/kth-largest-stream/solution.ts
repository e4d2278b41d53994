class KthLargest {
  private k: number
  // Min-heap holding the k largest scores seen so far; heap[0] is the k-th largest.
  private heap: number[] = []

  constructor(k: number, nums: number[]) {
    this.k = k
    for (const x of nums) this.offer(x)
  }

  add(val: number): number {
    this.offer(val)
    return this.heap[0]
  }

  private offer(x: number): void {
    const h = this.heap
    if (h.length < this.k) {
      h.push(x)
      let i = h.length - 1
      while (i > 0) {
        const p = (i - 1) >> 1
        if (h[p] <= h[i]) break
        const t = h[p]
        h[p] = h[i]
        h[i] = t
        i = p
      }
    } else if (x > h[0]) {
      h[0] = x
      let i = 0
      const n = h.length
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < n && h[l] < h[m]) m = l
        if (r < n && h[r] < h[m]) m = r
        if (m === i) break
        const t = h[m]
        h[m] = h[i]
        h[i] = t
        i = m
      }
    }
  }
}
