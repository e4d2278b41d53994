// expect: wrong_answer
// Sorts and returns the first value that differs from its right-hand neighbour, stepping by one
// instead of by pairs. The second copy of every pair differs from the next value too:
// [4, 4, 7, 7, 2] sorts to [2, 4, 4, 7, 7] and works by luck, but [1, 1, 3, 6, 6] answers 1, not 3.
function singleNumber(nums: number[]): number {
  const sorted = [...nums].sort((a, b) => a - b)
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (sorted[i] !== sorted[i + 1]) return sorted[i]
  }
  return sorted[sorted.length - 1]
}
