// expect: runtime_error
// Calls JSON.parse on every line without a try/catch. The first line truncated by the log shipper
// throws a SyntaxError and the whole analysis dies, in the middle of the incident.
function blameDependencies(lines: string[]): (string | number)[][] {
  const requests = new Map<string, number>()
  const finals = new Map<string, Map<string, { attempt: number; ts: number; status: number }>>()
  for (const line of lines) {
    const record = JSON.parse(line)
    if (record.type === 'request') {
      requests.set(record.trace, record.status)
      continue
    }
    if (!finals.has(record.trace)) finals.set(record.trace, new Map())
    const deps = finals.get(record.trace)!
    const seen = deps.get(record.dep)
    if (!seen || record.attempt > seen.attempt) deps.set(record.dep, { attempt: record.attempt, ts: record.ts, status: record.status })
  }
  const blamed = new Map<string, number>()
  for (const [trace, status] of requests) {
    if (status < 500) continue
    let culprit = '(self)'
    let best = Infinity
    for (const [dep, call] of finals.get(trace) ?? new Map()) {
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
