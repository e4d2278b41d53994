// expect: wrong_answer
// Sorts correctly but treats a repeated value as the end of the streak: [1, 2, 2, 3] answers 2.
function longestStreak(nums: number[]): number {
  if (nums.length === 0) return 0
  const sorted = [...nums].sort((a, b) => a - b)
  let best = 1
  let current = 1
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1] + 1) current++
    else current = 1
    if (current > best) best = current
  }
  return best
}
