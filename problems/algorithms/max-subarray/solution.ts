function maxSubarraySum(nums: number[]): number {
  // endingHere = best sum of a run that ends at the current element.
  let endingHere = nums[0]
  let best = nums[0]
  for (let i = 1; i < nums.length; i++) {
    const x = nums[i]
    endingHere = endingHere > 0 ? endingHere + x : x
    if (endingHere > best) best = endingHere
  }
  return best
}
