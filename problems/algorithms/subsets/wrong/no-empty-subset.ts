// expect: wrong_answer
// Only records a subset when an id is added, so the empty subset ("all flags off") is missing.
function allSubsets(nums: number[]): number[][] {
  const sorted = [...nums].sort((a, b) => a - b)
  const result: number[][] = []
  const path: number[] = []

  function build(start: number): void {
    for (let i = start; i < sorted.length; i++) {
      path.push(sorted[i])
      result.push([...path])
      build(i + 1)
      path.pop()
    }
  }

  build(0)
  return result
}
