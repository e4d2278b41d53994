// expect: wrong_answer
// Finds the right combinations, then orders the list with the default sort(), which compares the
// arrays as strings: "2,10" comes before "2,2,2,...".
function fareCombinations(tokens: number[], fare: number): number[][] {
  const sorted = [...tokens].sort((a, b) => a - b)
  const result: number[][] = []
  const path: number[] = []

  function build(start: number, remaining: number): void {
    if (remaining === 0) {
      result.push([...path])
      return
    }
    for (let i = start; i < sorted.length; i++) {
      if (sorted[i] > remaining) break
      path.push(sorted[i])
      build(i, remaining - sorted[i])
      path.pop()
    }
  }

  build(0, fare)
  return result.sort()
}
