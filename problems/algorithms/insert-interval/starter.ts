function insertInterval(intervals: number[][], newInterval: number[]): number[][] {
  // Insert newInterval, merging what it overlaps or touches; keep the list sorted.
  return []
}
