// expect: time_limit
// Lets every token follow every other token, so each combination is reached once per ordering of its
// values, and keeps only the ordering that happens to be non-decreasing. Correct, but it walks every
// ordered sequence — tens of millions for the values 2..40 and fare 40.
function fareCombinations(tokens: number[], fare: number): number[][] {
  const result: number[][] = []
  const path: number[] = []

  function build(remaining: number): void {
    if (remaining === 0) {
      for (let i = 1; i < path.length; i++) if (path[i - 1] > path[i]) return
      result.push([...path])
      return
    }
    for (const t of tokens) {
      if (t > remaining) continue
      path.push(t)
      build(remaining - t)
      path.pop()
    }
  }

  build(fare)
  return result.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
    return a.length - b.length
  })
}
