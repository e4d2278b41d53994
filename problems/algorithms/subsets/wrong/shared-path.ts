// expect: wrong_answer
// Backtracking that stores `path` itself instead of a copy: every entry of the result is the same
// array, which is empty again once the search has backed out.
function allSubsets(nums: number[]): number[][] {
  const sorted = [...nums].sort((a, b) => a - b)
  const result: number[][] = []
  const path: number[] = []

  function build(start: number): void {
    result.push(path)
    for (let i = start; i < sorted.length; i++) {
      path.push(sorted[i])
      build(i + 1)
      path.pop()
    }
  }

  build(0)
  return result
}
