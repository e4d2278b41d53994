// expect: time_limit
// Walks from the left until it meets a value >= target: O(n) per call. Right answers, but the
// 100 000-element tests with a target near the end do not fit the budget.
function searchInsert(nums: number[], target: number): number {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] >= target) return i
  }
  return nums.length
}
