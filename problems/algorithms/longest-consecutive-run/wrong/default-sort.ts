// expect: wrong_answer
// Sorts with the default comparator, which compares numbers as strings: [10, 9, 8] becomes
// [10, 8, 9] and negative numbers land in strange places, so real streaks are split up.
function longestStreak(nums: number[]): number {
  if (nums.length === 0) return 0
  const sorted = [...nums].sort()
  let best = 1
  let current = 1
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) continue
    if (sorted[i] === sorted[i - 1] + 1) current++
    else current = 1
    if (current > best) best = current
  }
  return best
}
