function detectAnomalies(values: number[], window: number, k: number): number[] {
  const w = window
  const anomalies: number[] = []
  // Running sum and sum of squares of the baseline values[i - w .. i - 1]. All integers, all exact.
  let sum = 0
  let squares = 0
  for (let i = 0; i < values.length; i++) {
    const x = values[i]
    if (i >= w) {
      const deviation = w * x - sum // w × (x - μ)
      const spread = w * squares - sum * sum // w² × σ²
      if (deviation * deviation > k * k * spread) anomalies.push(i)
      const old = values[i - w]
      sum -= old
      squares -= old * old
    }
    sum += x
    squares += x * x
  }
  return anomalies
}
