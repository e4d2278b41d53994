// expect: time_limit
// For every candidate 0..n scans the whole array looking for it: O(n²). Correct, but about 450
// million comparisons when the missing shard is near the end of 30 000.
function missingNumber(nums: number[]): number {
  for (let candidate = 0; candidate <= nums.length; candidate++) {
    let found = false
    for (let i = 0; i < nums.length; i++) {
      if (nums[i] === candidate) {
        found = true
        break
      }
    }
    if (!found) return candidate
  }
  return -1
}
