// expect: time_limit
// Keeps every score and re-sorts the whole list (with a comparator) on each add: correct, but
// O(n log n) per call is far over the budget with 10 000 scores and 10 000 calls.
class KthLargest {
  private k: number
  private scores: number[]

  constructor(k: number, nums: number[]) {
    this.k = k
    this.scores = nums.slice()
  }

  add(val: number): number {
    this.scores.push(val)
    this.scores.sort((a, b) => b - a)
    return this.scores[this.k - 1]
  }
}
