function searchInsert(nums: number[], target: number): number {
  // Invariant: every index < lo holds a value < target; every index >= hi holds a value >= target.
  let lo = 0
  let hi = nums.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (nums[mid] < target) lo = mid + 1
    else hi = mid
  }
  return lo
}
