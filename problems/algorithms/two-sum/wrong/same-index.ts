// expect: wrong_answer
// Stores every value first, then looks up partners: pairs an element with itself when
// target is twice its value (e.g. [3, 2, 4] with target 6 answers [0, 0]).
function twoSum(nums: number[], target: number): number[] {
  const indexOf = new Map<number, number>()
  nums.forEach((value, i) => indexOf.set(value, i))
  for (let i = 0; i < nums.length; i++) {
    const j = indexOf.get(target - nums[i])
    if (j !== undefined) return [i, j]
  }
  return []
}
