// expect: time_limit
// Counts the occurrences of every element with a second loop over the array: O(n²). Correct, but
// 30 001 ids mean close to a billion comparisons.
function singleNumber(nums: number[]): number {
  for (let i = 0; i < nums.length; i++) {
    let count = 0
    for (let j = 0; j < nums.length; j++) {
      if (nums[j] === nums[i]) count++
    }
    if (count === 1) return nums[i]
  }
  return 0
}
