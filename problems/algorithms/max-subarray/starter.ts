function maxSubarraySum(nums: number[]): number {
  // Return the largest sum of a non-empty run of consecutive elements.
  return 0
}
