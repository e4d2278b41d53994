// expect: wrong_answer
// Takes the largest prefix sum minus the smallest one, without checking that the smallest comes
// first. A run must start before it ends: [5, -10, 1] has prefixes 0, 5, -5, -4 and answers 10, not 5.
function maxSubarraySum(nums: number[]): number {
  let prefix = 0
  let highest = 0
  let lowest = 0
  for (const x of nums) {
    prefix += x
    if (prefix > highest) highest = prefix
    if (prefix < lowest) lowest = prefix
  }
  let bestSingle = nums[0]
  for (const x of nums) if (x > bestSingle) bestSingle = x
  return bestSingle < 0 ? bestSingle : highest - lowest
}
