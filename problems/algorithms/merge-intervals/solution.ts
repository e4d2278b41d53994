function mergeIntervals(intervals: number[][]): number[][] {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0])
  const merged: number[][] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && start <= last[1]) {
      // Overlaps or touches the current window: extend it (it may already reach further).
      if (end > last[1]) last[1] = end
    } else {
      merged.push([start, end])
    }
  }
  return merged
}
