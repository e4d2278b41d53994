function courseOrder(n: number, pairs: number[][]): number[] {
  // Kahn's algorithm: repeatedly take a course whose prerequisites are all done.
  const unlocks: number[][] = []
  for (let i = 0; i < n; i++) unlocks.push([])
  const waitingOn: number[] = new Array(n).fill(0)
  for (const [x, y] of pairs) {
    unlocks[x].push(y)
    waitingOn[y]++
  }

  const order: number[] = []
  for (let c = 0; c < n; c++) if (waitingOn[c] === 0) order.push(c)
  // `order` doubles as the queue: everything in it is ready, in the order it became ready.
  for (let head = 0; head < order.length; head++) {
    for (const next of unlocks[order[head]]) {
      waitingOn[next]--
      if (waitingOn[next] === 0) order.push(next)
    }
  }
  // Courses on (or behind) a cycle never become ready.
  return order.length === n ? order : []
}
