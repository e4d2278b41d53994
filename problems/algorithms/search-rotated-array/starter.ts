function searchRotated(nums: number[], target: number): number {
  // Return the index of target in nums, or -1.
  return -1
}
