// expect: time_limit
// Builds subsets by adding any unused id at each step, so every subset is reached once per ordering
// of its ids; a bit mask of the used positions filters out the repeats. Correct, but about e · n!
// steps: hopeless for 10 ids, let alone 12.
function allSubsets(nums: number[]): number[][] {
  const n = nums.length
  const recorded: boolean[] = []
  const result: number[][] = []
  const used: boolean[] = new Array(n).fill(false)

  function grow(): void {
    let mask = 0
    for (let i = 0; i < n; i++) if (used[i]) mask |= 1 << i
    if (!recorded[mask]) {
      recorded[mask] = true
      const subset: number[] = []
      for (let i = 0; i < n; i++) if (used[i]) subset.push(nums[i])
      result.push(subset.sort((a, b) => a - b))
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue
      used[i] = true
      grow()
      used[i] = false
    }
  }

  grow()
  return result
}
