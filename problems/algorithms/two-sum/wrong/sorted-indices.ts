// expect: wrong_answer
// Sorts the values and walks two pointers, but returns positions in the sorted copy,
// not in the original array.
function twoSum(nums: number[], target: number): number[] {
  const sorted = [...nums].sort((a, b) => a - b)
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const sum = sorted[lo] + sorted[hi]
    if (sum === target) return [lo, hi]
    if (sum < target) lo++
    else hi--
  }
  return []
}
