// expect: wrong_answer
// Greedy: keeps the two tallest boards. Height is only half of the story; two tall boards standing
// next to each other hold less than two medium boards far apart.
function bestTrough(heights: number[]): number {
  let first = 0
  for (let i = 1; i < heights.length; i++) if (heights[i] > heights[first]) first = i
  let second = first === 0 ? 1 : 0
  for (let i = 0; i < heights.length; i++) {
    if (i !== first && heights[i] > heights[second]) second = i
  }
  return Math.min(heights[first], heights[second]) * Math.abs(first - second)
}
