// expect: wrong_answer
// Computes the z-score (x - μ) / σ and, to avoid dividing by zero, skips samples whose baseline is
// flat. That is exactly when a stuck metric finally moves (a queue depth that sat at 0 and jumps to
// 10 000), and the detector stays silent.
function detectAnomalies(values: number[], window: number, k: number): number[] {
  const out: number[] = []
  let sum = 0
  let squares = 0
  for (let i = 0; i < values.length; i++) {
    const x = values[i]
    if (i >= window) {
      const spread = window * squares - sum * sum
      if (spread > 0) {
        const deviation = window * x - sum
        if (deviation * deviation > k * k * spread) out.push(i)
      }
      sum -= values[i - window]
      squares -= values[i - window] * values[i - window]
    }
    sum += x
    squares += x * x
  }
  return out
}
