// expect: wrong_answer
// Reads the percentile at 0-based index floor(p × n / 100), the "obvious" translation of "p percent
// of the way through the sorted list". Whenever p × n is a multiple of 100 it reads one sample too
// far: p50 of 1..10 comes out as 6 instead of 5.
function latencyPercentiles(lines: string[], percentiles: number[]): (string | number)[][] {
  const byEndpoint = new Map<string, number[]>()
  for (const line of lines) {
    const [, method, rawPath, , duration] = line.split(' ')
    const path = rawPath.split('?')[0]
    const key = method + ' ' + path
    if (!byEndpoint.has(key)) byEndpoint.set(key, [])
    byEndpoint.get(key)!.push(parseInt(duration, 10))
  }
  const rows: (string | number)[][] = []
  for (const key of [...byEndpoint.keys()].sort()) {
    const sorted = byEndpoint.get(key)!.sort((a, b) => a - b)
    const n = sorted.length
    const row: (string | number)[] = [key, n]
    for (const p of percentiles) row.push(sorted[Math.min(n - 1, Math.floor((p * n) / 100))])
    rows.push(row)
  }
  return rows
}
