function allSubsets(nums: number[]): number[][] {
  // Return every subset of nums, each listed in ascending order (subsets in any order).
  return []
}
