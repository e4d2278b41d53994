function longestStreak(nums: number[]): number {
  // Return the length of the longest run x, x+1, ..., all present in nums.
  return 0
}
