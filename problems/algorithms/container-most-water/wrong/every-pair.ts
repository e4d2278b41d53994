// expect: time_limit
// Tries every pair of boards: O(n²). Right answers, but five billion pairs for 100 000 boards.
function bestTrough(heights: number[]): number {
  let best = 0
  for (let i = 0; i < heights.length; i++) {
    for (let j = i + 1; j < heights.length; j++) {
      const water = Math.min(heights[i], heights[j]) * (j - i)
      if (water > best) best = water
    }
  }
  return best
}
