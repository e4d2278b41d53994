// expect: time_limit
// Compares every element with target: O(n). Right answers, but far over the budget on the
// 100 000-element tests where target is near the end or absent.
function searchRotated(nums: number[], target: number): number {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === target) return i
  }
  return -1
}
