// expect: wrong_answer
// Parses the durations into numbers but sorts them with a bare sort(), which compares their string
// forms: 100 sorts before 20 and 9 after 3000. Every percentile of mixed-width values is garbage.
function latencyPercentiles(lines: string[], percentiles: number[]): (string | number)[][] {
  const byEndpoint = new Map<string, number[]>()
  for (const line of lines) {
    const [, method, rawPath, , duration] = line.split(' ')
    const key = method + ' ' + rawPath.split('?')[0]
    if (!byEndpoint.has(key)) byEndpoint.set(key, [])
    byEndpoint.get(key)!.push(Number(duration.slice(0, -2)))
  }
  const rows: (string | number)[][] = []
  for (const key of [...byEndpoint.keys()].sort()) {
    const sorted = byEndpoint.get(key)!.sort()
    const n = sorted.length
    const row: (string | number)[] = [key, n]
    for (const p of percentiles) row.push(sorted[Math.ceil((p * n) / 100) - 1])
    rows.push(row)
  }
  return rows
}
