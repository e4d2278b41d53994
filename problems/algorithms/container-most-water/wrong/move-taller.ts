// expect: wrong_answer
// Two pointers, but moves the taller board inward. Keeping the shorter board can never beat the
// current trough, so the search throws away the boards that matter.
function bestTrough(heights: number[]): number {
  let left = 0
  let right = heights.length - 1
  let best = 0
  while (left < right) {
    best = Math.max(best, Math.min(heights[left], heights[right]) * (right - left))
    if (heights[left] > heights[right]) left++
    else right--
  }
  return best
}
