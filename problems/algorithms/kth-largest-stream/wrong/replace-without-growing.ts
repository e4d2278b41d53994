// expect: wrong_answer
// Builds a size-k min-heap but, in add, only ever replaces the top when the new score is larger.
// When the constructor got fewer than k scores, the heap never grows to k and the answer is the
// smallest of too few scores (k = 2, nums = [5]: add(3) must give 3, but the heap stays [5]).
class KthLargest {
  private k: number
  private heap: number[]

  constructor(k: number, nums: number[]) {
    this.k = k
    this.heap = nums.slice().sort((a, b) => b - a).slice(0, k).reverse()
  }

  add(val: number): number {
    const h = this.heap
    if (h.length === 0) {
      h.push(val)
      return val
    }
    if (val > h[0]) {
      h[0] = val
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && h[l] < h[m]) m = l
        if (r < h.length && h[r] < h[m]) m = r
        if (m === i) break
        const t = h[m]
        h[m] = h[i]
        h[i] = t
        i = m
      }
    }
    return h[0]
  }
}
