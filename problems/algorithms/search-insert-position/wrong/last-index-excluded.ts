// expect: wrong_answer
// Starts the search window at [0, n - 1], copying the bounds of a "find the element" search. The
// answer n (target larger than every element) is outside the window, so it answers n - 1 instead.
function searchInsert(nums: number[], target: number): number {
  let lo = 0
  let hi = nums.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (nums[mid] < target) lo = mid + 1
    else hi = mid
  }
  return lo
}
