class KthLargest {
  constructor(k: number, nums: number[]) {
    // Remember k and the scores recorded so far.
  }

  add(val: number): number {
    // Record val and return the k-th largest score so far.
    return 0
  }
}
