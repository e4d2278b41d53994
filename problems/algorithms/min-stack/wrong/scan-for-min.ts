// expect: time_limit
// Keeps a plain array and scans it on every getMin: O(n) per call. Correct, but a 5 000-deep stack queried
// ten thousand times means tens of millions of comparisons.
class MinStack {
  private values: number[] = []

  push(value: number): void {
    this.values.push(value)
  }

  pop(): void {
    this.values.pop()
  }

  top(): number {
    return this.values[this.values.length - 1]
  }

  getMin(): number {
    let min = this.values[0]
    for (let i = 1; i < this.values.length; i++) {
      if (this.values[i] < min) min = this.values[i]
    }
    return min
  }
}
