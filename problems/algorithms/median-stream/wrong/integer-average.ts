// expect: wrong_answer
// Two heaps, correctly balanced, but the even case rounds the average down with Math.floor:
// [2, 3, 6, 9] gives 4 instead of 4.5, and [-8, -5] gives -7 instead of -6.5.
class RunningMedian {
  private low: number[] = [] // max-heap stored as negated values in a min-heap
  private high: number[] = [] // min-heap

  addNum(num: number): void {
    if (this.low.length === 0 || num <= -this.low[0]) push(this.low, -num)
    else push(this.high, num)
    if (this.low.length > this.high.length + 1) push(this.high, -pop(this.low))
    else if (this.high.length > this.low.length) push(this.low, -pop(this.high))
  }

  findMedian(): number {
    if (this.low.length > this.high.length) return -this.low[0]
    return Math.floor((-this.low[0] + this.high[0]) / 2)
  }
}

function push(h: number[], x: number): void {
  h.push(x)
  let i = h.length - 1
  while (i > 0 && h[(i - 1) >> 1] > h[i]) {
    const p = (i - 1) >> 1
    const t = h[p]
    h[p] = h[i]
    h[i] = t
    i = p
  }
}

function pop(h: number[]): number {
  const top = h[0]
  const last = h.pop() as number
  if (h.length > 0) {
    h[0] = last
    let i = 0
    for (;;) {
      let m = i
      const l = 2 * i + 1
      const r = l + 1
      if (l < h.length && h[l] < h[m]) m = l
      if (r < h.length && h[r] < h[m]) m = r
      if (m === i) break
      const t = h[m]
      h[m] = h[i]
      h[i] = t
      i = m
    }
  }
  return top
}
