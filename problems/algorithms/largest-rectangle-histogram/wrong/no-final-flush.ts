// expect: wrong_answer
// Monotonic stack without the closing zero-height building: bars still on the stack at the end are
// never measured, so a street that keeps rising (or ends with its best range) is undercounted.
function biggestBanner(heights: number[]): number {
  const stack: number[] = []
  let best = 0
  for (let i = 0; i < heights.length; i++) {
    while (stack.length > 0 && heights[stack[stack.length - 1]] >= heights[i]) {
      const top = stack.pop()!
      const leftEdge = stack.length > 0 ? stack[stack.length - 1] + 1 : 0
      best = Math.max(best, heights[top] * (i - leftEdge))
    }
    stack.push(i)
  }
  return best
}
