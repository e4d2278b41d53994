// expect: wrong_answer
// Kadane's loop with both the running sum and the best answer starting at 0: when every day is a
// loss it reports 0, the sum of an empty run, which the statement does not allow ([-4, -2, -9] gives 0).
function maxSubarraySum(nums: number[]): number {
  let running = 0
  let best = 0
  for (const x of nums) {
    running = Math.max(0, running + x)
    best = Math.max(best, running)
  }
  return best
}
