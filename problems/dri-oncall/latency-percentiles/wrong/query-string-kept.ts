// expect: wrong_answer
// Uses the raw path as the endpoint, so /api/orders?page=2 and /api/orders?page=3 become endpoints of
// their own with one sample each, and /api/orders loses those requests from its percentiles.
function latencyPercentiles(lines: string[], percentiles: number[]): (string | number)[][] {
  const byEndpoint = new Map<string, number[]>()
  for (const line of lines) {
    const [, method, path, , duration] = line.split(' ')
    const key = method + ' ' + path
    if (!byEndpoint.has(key)) byEndpoint.set(key, [])
    byEndpoint.get(key)!.push(parseInt(duration, 10))
  }
  const rows: (string | number)[][] = []
  for (const key of [...byEndpoint.keys()].sort()) {
    const sorted = byEndpoint.get(key)!.sort((a, b) => a - b)
    const n = sorted.length
    const row: (string | number)[] = [key, n]
    for (const p of percentiles) row.push(sorted[Math.ceil((p * n) / 100) - 1])
    rows.push(row)
  }
  return rows
}
