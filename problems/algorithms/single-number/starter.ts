function singleNumber(nums: number[]): number {
  // Return the value that appears exactly once.
  return 0
}
