// expect: wrong_answer
// Sorts, then checks the pairs (0, 1), (2, 3), ... but stops the loop one pair too early, so when the
// lone id is the largest value (last after sorting) nothing is found: [5, 9, 5] answers 0, not 9.
function singleNumber(nums: number[]): number {
  const sorted = [...nums].sort((a, b) => a - b)
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    if (sorted[i] !== sorted[i + 1]) return sorted[i]
  }
  return 0
}
