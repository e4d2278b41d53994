// expect: wrong_answer
// Restarts the loop from the first token at every level, so [2, 3, 3], [3, 2, 3] and [3, 3, 2] are
// all reported: orderings of one combination are not told apart.
function fareCombinations(tokens: number[], fare: number): number[][] {
  const sorted = [...tokens].sort((a, b) => a - b)
  const result: number[][] = []
  const path: number[] = []

  function build(remaining: number): void {
    if (remaining === 0) {
      result.push([...path])
      return
    }
    for (let i = 0; i < sorted.length; i++) {
      if (sorted[i] > remaining) break
      path.push(sorted[i])
      build(remaining - sorted[i])
      path.pop()
    }
  }

  build(fare)
  return result
}
