// expect: wrong_answer
// Alternates numbers between the two heaps to keep their sizes balanced, but never checks that
// everything in the lower half is <= everything in the upper half. Adding 10, 1, 5 leaves 10 and 5
// in the lower half and 1 in the upper half, so findMedian reports 10 instead of 5.
class RunningMedian {
  private low: number[] = [] // max-heap stored as negated values
  private high: number[] = [] // min-heap

  addNum(num: number): void {
    if (this.low.length <= this.high.length) push(this.low, -num)
    else push(this.high, num)
  }

  findMedian(): number {
    if (this.low.length > this.high.length) return -this.low[0]
    return (-this.low[0] + this.high[0]) / 2
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
