// expect: runtime_error
// Recursive depth-first search with three colours (cycle detection is right) and the reversed
// post-order. Fine on small inputs, but a prerequisite chain of 50 000 courses makes the recursion
// 50 000 calls deep and overflows the call stack.
function courseOrder(n: number, pairs: number[][]): number[] {
  const unlocks: number[][] = []
  for (let i = 0; i < n; i++) unlocks.push([])
  for (const [x, y] of pairs) unlocks[x].push(y)
  const state: number[] = new Array(n).fill(0) // 0 new, 1 in progress, 2 done
  const postOrder: number[] = []
  let cycle = false
  const visit = (c: number): void => {
    if (cycle || state[c] === 2) return
    if (state[c] === 1) {
      cycle = true
      return
    }
    state[c] = 1
    for (const next of unlocks[c]) visit(next)
    state[c] = 2
    postOrder.push(c)
  }
  for (let c = 0; c < n; c++) visit(c)
  return cycle ? [] : postOrder.reverse()
}
