// expect: wrong_answer
// Computes the baseline over the last `window` samples *including* the one being judged. The anomaly
// then inflates its own mean and deviation and hides itself: in example 1 the 30 is compared with a
// mean of 16.5 and a deviation of 7.8, and passes as normal.
function detectAnomalies(values: number[], window: number, k: number): number[] {
  const out: number[] = []
  let sum = 0
  let squares = 0
  for (let i = 0; i < values.length; i++) {
    const x = values[i]
    sum += x
    squares += x * x
    if (i >= window) {
      const old = values[i - window]
      sum -= old
      squares -= old * old
      const deviation = window * x - sum
      if (deviation * deviation > k * k * (window * squares - sum * sum)) out.push(i)
    }
  }
  return out
}
