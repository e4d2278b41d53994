class RunningMedian {
  constructor() {
    // Set up whatever you need to track the numbers.
  }

  addNum(num: number): void {
    // Record num.
  }

  findMedian(): number {
    // Return the median of the numbers recorded so far.
    return 0
  }
}
