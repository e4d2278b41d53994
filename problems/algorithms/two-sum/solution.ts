function twoSum(nums: number[], target: number): number[] {
  const seenAt = new Map<number, number>()
  for (let i = 0; i < nums.length; i++) {
    const partner = seenAt.get(target - nums[i])
    if (partner !== undefined) return [partner, i]
    seenAt.set(nums[i], i)
  }
  return []
}
