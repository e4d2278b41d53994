// expect: wrong_answer
// Uses the sample standard deviation (divide by w - 1), the default of pandas' rolling().std() and of
// most spreadsheet STDEV functions. The statement asks for the population deviation; the sample one
// is larger, so borderline anomalies slip through (with w = 2 it is 41 % larger).
function detectAnomalies(values: number[], window: number, k: number): number[] {
  const out: number[] = []
  let sum = 0
  let squares = 0
  for (let i = 0; i < values.length; i++) {
    const x = values[i]
    if (i >= window) {
      const mean = sum / window
      const variance = window > 1 ? (squares - window * mean * mean) / (window - 1) : 0
      const sd = Math.sqrt(Math.max(0, variance))
      if (Math.abs(x - mean) > k * sd) out.push(i)
      sum -= values[i - window]
      squares -= values[i - window] * values[i - window]
    }
    sum += x
    squares += x * x
  }
  return out
}
