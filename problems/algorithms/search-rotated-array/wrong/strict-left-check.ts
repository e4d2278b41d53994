// expect: wrong_answer
// Decides that the left half is sorted with `nums[lo] < nums[mid]`. When the window has two
// elements, lo === mid and the test fails, so the code treats the right half as the sorted one and
// discards the half that holds target (e.g. [9, 4] with target 4 answers -1).
function searchRotated(nums: number[], target: number): number {
  let lo = 0
  let hi = nums.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (nums[mid] === target) return mid
    if (nums[lo] < nums[mid]) {
      if (nums[lo] <= target && target < nums[mid]) hi = mid - 1
      else lo = mid + 1
    } else {
      if (nums[mid] < target && target <= nums[hi]) lo = mid + 1
      else hi = mid - 1
    }
  }
  return -1
}
