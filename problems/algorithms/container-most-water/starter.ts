function bestTrough(heights: number[]): number {
  // Return the largest min(heights[i], heights[j]) * (j - i) over all pairs i < j.
  return 0
}
