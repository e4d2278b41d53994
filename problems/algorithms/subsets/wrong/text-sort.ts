// expect: wrong_answer
// Sorts the input with the default sort(), which compares numbers as strings: 10 comes before 2 and
// -1 before -20, so [2, 10, 1] yields subsets like [1, 10, 2].
function allSubsets(nums: number[]): number[][] {
  const sorted = [...nums].sort()
  const result: number[][] = [[]]
  for (const x of sorted) {
    const count = result.length
    for (let i = 0; i < count; i++) result.push([...result[i], x])
  }
  return result
}
