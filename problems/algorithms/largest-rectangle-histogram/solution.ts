function biggestBanner(heights: number[]): number {
  const n = heights.length
  // Indices with strictly increasing heights from bottom to top.
  const stack: number[] = []
  let best = 0
  // i === n acts as a building of height 0 that flushes the stack at the end.
  for (let i = 0; i <= n; i++) {
    const h = i < n ? heights[i] : 0
    while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
      const top = stack.pop()!
      // Building `top` is the lowest of the range between the new stack top and i (both exclusive).
      const leftEdge = stack.length > 0 ? stack[stack.length - 1] + 1 : 0
      const area = heights[top] * (i - leftEdge)
      if (area > best) best = area
    }
    stack.push(i)
  }
  return best
}
