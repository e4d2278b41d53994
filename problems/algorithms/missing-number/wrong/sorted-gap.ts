// expect: wrong_answer
// Sorts and returns the first index whose value does not match it, but never considers that the
// missing shard may be n itself, when every index matches: [1, 0] answers -1 instead of 2.
function missingNumber(nums: number[]): number {
  const sorted = [...nums].sort((a, b) => a - b)
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i] !== i) return i
  }
  return -1
}
