class MinStack {
  private values: number[] = []
  // mins[i] = smallest of values[0..i]: the minimum is remembered per height, so pop restores it.
  private mins: number[] = []

  push(value: number): void {
    const n = this.mins.length
    this.values.push(value)
    this.mins.push(n === 0 || value < this.mins[n - 1] ? value : this.mins[n - 1])
  }

  pop(): void {
    this.values.pop()
    this.mins.pop()
  }

  top(): number {
    return this.values[this.values.length - 1]
  }

  getMin(): number {
    return this.mins[this.mins.length - 1]
  }
}
