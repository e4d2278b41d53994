function longestStreak(nums: number[]): number {
  const present = new Set(nums)
  let best = 0
  for (const x of present) {
    // Only count from the bottom of a streak, so every value is walked over once in total.
    if (present.has(x - 1)) continue
    let length = 1
    while (present.has(x + length)) length++
    if (length > best) best = length
  }
  return best
}
