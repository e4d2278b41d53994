function missingNumber(nums: number[]): number {
  // Return the one number of 0..n that is not in nums (n = nums.length).
  return 0
}
