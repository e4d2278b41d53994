// expect: wrong_answer
// Reads [x, y] as "x requires y" (y first), the opposite of the statement, so every order it returns
// is backwards: n = 2, [[0, 1]] answers [1, 0].
function courseOrder(n: number, pairs: number[][]): number[] {
  const unlocks: number[][] = []
  for (let i = 0; i < n; i++) unlocks.push([])
  const waitingOn: number[] = new Array(n).fill(0)
  for (const [x, y] of pairs) {
    unlocks[y].push(x)
    waitingOn[x]++
  }
  const order: number[] = []
  for (let c = 0; c < n; c++) if (waitingOn[c] === 0) order.push(c)
  for (let head = 0; head < order.length; head++) {
    for (const next of unlocks[order[head]]) {
      waitingOn[next]--
      if (waitingOn[next] === 0) order.push(next)
    }
  }
  return order.length === n ? order : []
}
