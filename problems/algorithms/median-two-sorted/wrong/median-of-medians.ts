// expect: wrong_answer
// Averages the two arrays' own medians. That is only right when the arrays have the same length
// and happen to balance each other: [1, 2, 3] and [10, 11, 12, 13] give 6.75, not 10.
function medianOfTwo(a: number[], b: number[]): number {
  const median = (x: number[]) => {
    const t = x.length
    return t % 2 === 1 ? x[t >> 1] : (x[t / 2 - 1] + x[t / 2]) / 2
  }
  if (a.length === 0) return median(b)
  if (b.length === 0) return median(a)
  return (median(a) + median(b)) / 2
}
