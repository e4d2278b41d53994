function missingNumber(nums: number[]): number {
  const n = nums.length
  // 0 + 1 + ... + n minus everything present leaves the absent shard.
  // n ≤ 30 000 keeps every sum far below 2^53.
  let missing = (n * (n + 1)) / 2
  for (let i = 0; i < n; i++) missing -= nums[i]
  return missing
}
