function latencyPercentiles(lines: string[], percentiles: number[]): (string | number)[][] {
  const byEndpoint = new Map<string, number[]>()
  for (const line of lines) {
    const fields = line.split(' ')
    const method = fields[1]
    let path = fields[2]
    const query = path.indexOf('?')
    if (query >= 0) path = path.slice(0, query)
    const duration = parseInt(fields[4], 10) // "84ms" -> 84
    const endpoint = method + ' ' + path
    let samples = byEndpoint.get(endpoint)
    if (!samples) {
      samples = []
      byEndpoint.set(endpoint, samples)
    }
    samples.push(duration)
  }

  const endpoints = [...byEndpoint.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const rows: (string | number)[][] = []
  for (const endpoint of endpoints) {
    // Typed arrays sort numerically; a plain array's sort() would compare the numbers as strings.
    const sorted = Float64Array.from(byEndpoint.get(endpoint)!).sort()
    const n = sorted.length
    const row: (string | number)[] = [endpoint, n]
    for (const p of percentiles) {
      const rank = Math.ceil((p * n) / 100) // 1-based nearest rank
      row.push(sorted[rank - 1])
    }
    rows.push(row)
  }
  return rows
}
