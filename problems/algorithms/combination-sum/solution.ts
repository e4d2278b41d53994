function fareCombinations(tokens: number[], fare: number): number[][] {
  const sorted = [...tokens].sort((a, b) => a - b)
  const result: number[][] = []
  const path: number[] = []

  // Depth-first over non-decreasing sequences: visiting smaller values first emits the
  // combinations already in lexicographic order.
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
  return result
}
