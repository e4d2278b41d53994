function mergeIntervals(intervals: number[][]): number[][] {
  // Merge overlapping or touching windows; return them sorted by start.
  return []
}
