// expect: wrong_answer
// Kahn's algorithm without the final check: when a cycle blocks some courses, it returns the courses
// it managed to order instead of []. For [[0, 1], [1, 2], [2, 0]] with n = 4 it returns [3].
function courseOrder(n: number, pairs: number[][]): number[] {
  const unlocks: number[][] = []
  for (let i = 0; i < n; i++) unlocks.push([])
  const waitingOn: number[] = new Array(n).fill(0)
  for (const [x, y] of pairs) {
    unlocks[x].push(y)
    waitingOn[y]++
  }
  const order: number[] = []
  for (let c = 0; c < n; c++) if (waitingOn[c] === 0) order.push(c)
  for (let head = 0; head < order.length; head++) {
    for (const next of unlocks[order[head]]) {
      waitingOn[next]--
      if (waitingOn[next] === 0) order.push(next)
    }
  }
  return order
}
