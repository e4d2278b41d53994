class RunningMedian {
  // low: the smaller half as a max-heap (stored negated in a min-heap).
  // high: the larger half as a min-heap.
  // Invariant: low.length === high.length or low.length === high.length + 1.
  private low: number[] = []
  private high: number[] = []

  addNum(num: number): void {
    if (this.low.length === 0 || num <= -this.low[0]) heapPush(this.low, -num)
    else heapPush(this.high, num)
    if (this.low.length > this.high.length + 1) heapPush(this.high, -heapPop(this.low))
    else if (this.high.length > this.low.length) heapPush(this.low, -heapPop(this.high))
  }

  findMedian(): number {
    if (this.low.length > this.high.length) return -this.low[0]
    return (-this.low[0] + this.high[0]) / 2
  }
}

function heapPush(h: number[], x: number): void {
  let i = h.length
  h.push(x)
  while (i > 0) {
    const p = (i - 1) >> 1
    if (h[p] <= x) break
    h[i] = h[p]
    i = p
  }
  h[i] = x
}

function heapPop(h: number[]): number {
  const top = h[0]
  const last = h.pop() as number
  const n = h.length
  if (n > 0) {
    let i = 0
    for (;;) {
      let c = 2 * i + 1
      if (c >= n) break
      if (c + 1 < n && h[c + 1] < h[c]) c++
      if (h[c] >= last) break
      h[i] = h[c]
      i = c
    }
    h[i] = last
  }
  return top
}
