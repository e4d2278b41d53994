// expect: time_limit
// Keeps the number of unfinished prerequisites per course, but finds the next ready course by scanning
// all courses every time: O(n²) plus the edges. Correct, but 50 000 courses mean over a billion checks.
function courseOrder(n: number, pairs: number[][]): number[] {
  const unlocks: number[][] = []
  for (let i = 0; i < n; i++) unlocks.push([])
  const waitingOn: number[] = new Array(n).fill(0)
  for (const [x, y] of pairs) {
    unlocks[x].push(y)
    waitingOn[y]++
  }
  const taken: boolean[] = new Array(n).fill(false)
  const order: number[] = []
  while (order.length < n) {
    let ready = -1
    for (let c = 0; c < n; c++) {
      if (!taken[c] && waitingOn[c] === 0) {
        ready = c
        break
      }
    }
    if (ready === -1) return []
    taken[ready] = true
    order.push(ready)
    for (const next of unlocks[ready]) waitingOn[next]--
  }
  return order
}
