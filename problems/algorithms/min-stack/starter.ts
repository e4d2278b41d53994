class MinStack {
  constructor() {
    // set up your fields here
  }

  push(value: number): void {}

  pop(): void {}

  top(): number {
    return 0
  }

  getMin(): number {
    return 0
  }
}
