// expect: time_limit
// For each building, spreads left and right while the neighbours are at least as tall: O(n²) when the
// street is flat or steadily rising (100 000 buildings means billions of steps).
function biggestBanner(heights: number[]): number {
  let best = 0
  for (let i = 0; i < heights.length; i++) {
    let left = i
    while (left > 0 && heights[left - 1] >= heights[i]) left--
    let right = i
    while (right < heights.length - 1 && heights[right + 1] >= heights[i]) right++
    best = Math.max(best, heights[i] * (right - left + 1))
  }
  return best
}
