// expect: wrong_answer
// Same scan for the first gap, but sort() without a comparator orders numbers as strings:
// [0, 1, ..., 10] sorts as 0, 1, 10, 2, ... and the scan reports a "gap" at 2.
function missingNumber(nums: number[]): number {
  const sorted = [...nums].sort()
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i] !== i) return i
  }
  return sorted.length
}
