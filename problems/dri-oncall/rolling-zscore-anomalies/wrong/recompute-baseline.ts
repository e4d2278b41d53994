// expect: time_limit
// Recomputes the sum and the sum of squares of every baseline from scratch, a loop over `window`
// samples for each of the n samples. Right answers, but 100 000 samples × a 1 000-sample window is
// 100 million steps.
function detectAnomalies(values: number[], window: number, k: number): number[] {
  const out: number[] = []
  for (let i = window; i < values.length; i++) {
    let sum = 0
    let squares = 0
    for (let j = i - window; j < i; j++) {
      sum += values[j]
      squares += values[j] * values[j]
    }
    const deviation = window * values[i] - sum
    if (deviation * deviation > k * k * (window * squares - sum * sum)) out.push(i)
  }
  return out
}
