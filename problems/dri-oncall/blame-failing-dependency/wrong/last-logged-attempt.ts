// expect: wrong_answer
// Treats the last call record in the log as a dependency's final attempt. Logs from several hosts are
// interleaved, so the record logged last is often an earlier attempt: a retry that succeeded is
// overwritten by the failure before it, and the wrong dependency is blamed (example 2).
function blameDependencies(lines: string[]): (string | number)[][] {
  const requests = new Map<string, number>()
  const finals = new Map<string, Map<string, { ts: number; status: number }>>()
  for (const line of lines) {
    let record: any
    try {
      record = JSON.parse(line)
    } catch {
      continue
    }
    if (record.type === 'request') {
      requests.set(record.trace, record.status)
    } else {
      if (!finals.has(record.trace)) finals.set(record.trace, new Map())
      finals.get(record.trace)!.set(record.dep, { ts: record.ts, status: record.status })
    }
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
