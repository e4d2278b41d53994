// expect: time_limit
// Parses the log once, then for every failed request scans all records again to collect that
// trace's calls (the "grep for the trace id" workflow, automated). O(failed requests × lines): with
// hundreds of failed requests in a 15 000-line log that is millions of record visits.
function blameDependencies(lines: string[]): (string | number)[][] {
  const records: any[] = []
  for (const line of lines) {
    try {
      records.push(JSON.parse(line))
    } catch {
      // truncated line
    }
  }
  const blamed = new Map<string, number>()
  for (const request of records) {
    if (request.type !== 'request' || request.status < 500) continue
    const finals = new Map<string, any>()
    for (const call of records) {
      if (call.type !== 'call' || call.trace !== request.trace) continue
      const seen = finals.get(call.dep)
      if (!seen || call.attempt > seen.attempt) finals.set(call.dep, call)
    }
    let culprit = '(self)'
    let best = Infinity
    for (const [dep, call] of finals) {
      if (call.status !== 0 && call.status < 500) continue
      if (call.ts < best || (call.ts === best && dep < culprit)) {
        culprit = dep
        best = call.ts
      }
    }
    blamed.set(culprit, (blamed.get(culprit) ?? 0) + 1)
  }
  return [...blamed.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}
