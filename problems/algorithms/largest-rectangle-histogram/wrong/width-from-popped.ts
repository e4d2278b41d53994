// expect: wrong_answer
// Measures the width from the popped building's own index instead of from the building below it on
// the stack, forgetting that the range also extends left over the taller buildings popped earlier:
// [2, 1, 2] answers 2 instead of 3.
function biggestBanner(heights: number[]): number {
  const n = heights.length
  const stack: number[] = []
  let best = 0
  for (let i = 0; i <= n; i++) {
    const h = i < n ? heights[i] : 0
    while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
      const top = stack.pop()!
      best = Math.max(best, heights[top] * (i - top))
    }
    stack.push(i)
  }
  return best
}
