function bestTrough(heights: number[]): number {
  let left = 0
  let right = heights.length - 1
  let best = 0
  while (left < right) {
    const water = Math.min(heights[left], heights[right]) * (right - left)
    if (water > best) best = water
    // The shorter board limits every narrower trough that keeps it, so it can be discarded.
    if (heights[left] < heights[right]) left++
    else right--
  }
  return best
}
