// expect: wrong_answer
// Monotonic stack that pops on "at least as warm" instead of "strictly warmer", so an equally warm day
// ends the wait: [5, 5, 6] answers [1, 1, 0] instead of [2, 1, 0].
function waitForWarmth(temps: number[]): number[] {
  const wait = new Array<number>(temps.length).fill(0)
  const pending: number[] = []
  for (let day = 0; day < temps.length; day++) {
    while (pending.length > 0 && temps[pending[pending.length - 1]] <= temps[day]) {
      const earlier = pending.pop()!
      wait[earlier] = day - earlier
    }
    pending.push(day)
  }
  return wait
}
