function topKFrequent(nums: number[], k: number): number[] {
  // Return the k most frequent values: higher count first, then smaller value.
  return []
}
