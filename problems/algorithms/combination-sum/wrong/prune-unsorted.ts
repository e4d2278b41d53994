// expect: wrong_answer
// Stops the loop at the first token larger than the remaining fare — a valid cut-off only when the
// tokens are sorted. With [9, 2, 4] and fare 8 it stops immediately and finds nothing.
function fareCombinations(tokens: number[], fare: number): number[][] {
  const result: number[][] = []
  const path: number[] = []

  function build(start: number, remaining: number): void {
    if (remaining === 0) {
      result.push([...path].sort((a, b) => a - b))
      return
    }
    for (let i = start; i < tokens.length; i++) {
      if (tokens[i] > remaining) break
      path.push(tokens[i])
      build(i, remaining - tokens[i])
      path.pop()
    }
  }

  build(0, fare)
  return result.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
    return a.length - b.length
  })
}
