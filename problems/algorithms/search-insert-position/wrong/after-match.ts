// expect: wrong_answer
// Moves right on `<=` instead of `<`: it finds the first element greater than target, so when
// target is present it answers the index just after it.
function searchInsert(nums: number[], target: number): number {
  let lo = 0
  let hi = nums.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (nums[mid] <= target) lo = mid + 1
    else hi = mid
  }
  return lo
}
