// expect: time_limit
// Checks every pair: O(n²). Right answers, but far over the budget on the 100 000-element tests.
function twoSum(nums: number[], target: number): number[] {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] + nums[j] === target) return [i, j]
    }
  }
  return []
}
