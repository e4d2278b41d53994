// expect: wrong_answer
// Keeps a second stack of minimums but only pushes a value onto it when it is *strictly* smaller than
// the current minimum, while popping from it whenever the popped value equals the minimum. With a
// repeated minimum (push 3, push 3, pop) the one copy on the min stack is gone too early.
class MinStack {
  private values: number[] = []
  private mins: number[] = []

  push(value: number): void {
    this.values.push(value)
    if (this.mins.length === 0 || value < this.mins[this.mins.length - 1]) this.mins.push(value)
  }

  pop(): void {
    const value = this.values.pop()
    if (value === this.mins[this.mins.length - 1]) this.mins.pop()
  }

  top(): number {
    return this.values[this.values.length - 1]
  }

  getMin(): number {
    return this.mins[this.mins.length - 1]
  }
}
