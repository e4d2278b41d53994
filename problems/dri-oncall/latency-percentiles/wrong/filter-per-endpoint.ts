// expect: time_limit
// Parses the log, lists the distinct endpoints, then filters the whole request list once per endpoint:
// O(lines × endpoints). Right answers, but 30 000 lines × 1 000 endpoints is 30 million
// comparisons.
function latencyPercentiles(lines: string[], percentiles: number[]): (string | number)[][] {
  const requests: { endpoint: string; duration: number }[] = []
  const endpoints = new Set<string>()
  for (const line of lines) {
    const fields = line.split(' ')
    const endpoint = fields[1] + ' ' + fields[2].split('?')[0]
    requests.push({ endpoint, duration: parseInt(fields[4], 10) })
    endpoints.add(endpoint)
  }
  const rows: (string | number)[][] = []
  for (const endpoint of [...endpoints].sort()) {
    const durations: number[] = []
    for (const request of requests) {
      if (request.endpoint === endpoint) durations.push(request.duration)
    }
    durations.sort((a, b) => a - b)
    const n = durations.length
    const row: (string | number)[] = [endpoint, n]
    for (const p of percentiles) row.push(durations[Math.ceil((p * n) / 100) - 1])
    rows.push(row)
  }
  return rows
}
