// expect: time_limit
// Uses a set, but walks upward from every value instead of only from the start of a streak: a single
// streak of 50 000 numbers is walked 50 000 times, O(n²).
function longestStreak(nums: number[]): number {
  const present = new Set(nums)
  let best = 0
  for (const x of nums) {
    let length = 1
    while (present.has(x + length)) length++
    if (length > best) best = length
  }
  return best
}
