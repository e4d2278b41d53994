// expect: wrong_answer
// Bit masks over the input as given: every subset is right, but its ids keep the input order, so
// unsorted input produces subsets like [3, 1].
function allSubsets(nums: number[]): number[][] {
  const result: number[][] = []
  for (let mask = 0; mask < 1 << nums.length; mask++) {
    const subset: number[] = []
    for (let i = 0; i < nums.length; i++) {
      if (mask & (1 << i)) subset.push(nums[i])
    }
    result.push(subset)
  }
  return result
}
