function waitForWarmth(temps: number[]): number[] {
  const wait = new Array<number>(temps.length).fill(0)
  // Days still waiting for a warmer day; their temperatures never increase from bottom to top.
  const pending: number[] = []
  for (let day = 0; day < temps.length; day++) {
    while (pending.length > 0 && temps[pending[pending.length - 1]] < temps[day]) {
      const earlier = pending.pop()!
      wait[earlier] = day - earlier
    }
    pending.push(day)
  }
  return wait
}
