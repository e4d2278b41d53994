function searchInsert(nums: number[], target: number): number {
  // Return the index of target, or the index where it would be inserted.
  return 0
}
