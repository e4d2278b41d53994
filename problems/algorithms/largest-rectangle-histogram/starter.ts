function biggestBanner(heights: number[]): number {
  // Largest min(heights[i..j]) * (j - i + 1) over all ranges.
  return 0
}
