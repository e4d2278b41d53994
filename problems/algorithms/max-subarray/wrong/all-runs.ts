// expect: time_limit
// Tries every start and extends the run one element at a time: O(n²). Correct, but 100 000 days
// means five billion additions.
function maxSubarraySum(nums: number[]): number {
  let best = -Infinity
  for (let start = 0; start < nums.length; start++) {
    let sum = 0
    for (let end = start; end < nums.length; end++) {
      sum += nums[end]
      if (sum > best) best = sum
    }
  }
  return best
}
