function singleNumber(nums: number[]): number {
  // x ^ x = 0 and x ^ 0 = x: every pair cancels, the lone value remains.
  // All inputs fit in 32-bit signed integers, where ^ is exact.
  let acc = 0
  for (let i = 0; i < nums.length; i++) acc ^= nums[i]
  return acc
}
