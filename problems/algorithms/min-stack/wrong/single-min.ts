// expect: wrong_answer
// Tracks one running minimum. Pushes keep it right, but popping the smallest element leaves the old
// minimum behind: push 5, push 2, pop, getMin answers 2 although only 5 is left.
class MinStack {
  private values: number[] = []
  private min = Infinity

  push(value: number): void {
    this.values.push(value)
    if (value < this.min) this.min = value
  }

  pop(): void {
    this.values.pop()
    if (this.values.length === 0) this.min = Infinity
  }

  top(): number {
    return this.values[this.values.length - 1]
  }

  getMin(): number {
    return this.min
  }
}
