type LogRecord =
  | { ts: number; trace: string; type: 'request'; route: string; status: number }
  | { ts: number; trace: string; type: 'call'; dep: string; attempt: number; status: number }

function blameDependencies(lines: string[]): (string | number)[][] {
  // trace -> request status, and trace -> dependency -> its final attempt seen so far.
  const requestStatus = new Map<string, number>()
  const finalAttempts = new Map<string, Map<string, { attempt: number; ts: number; status: number }>>()

  for (const line of lines) {
    let record: LogRecord
    try {
      record = JSON.parse(line)
    } catch {
      continue // truncated by the log shipper
    }
    if (record.type === 'request') {
      requestStatus.set(record.trace, record.status)
      continue
    }
    let deps = finalAttempts.get(record.trace)
    if (!deps) {
      deps = new Map()
      finalAttempts.set(record.trace, deps)
    }
    const seen = deps.get(record.dep)
    if (!seen || record.attempt > seen.attempt) {
      deps.set(record.dep, { attempt: record.attempt, ts: record.ts, status: record.status })
    }
  }

  const blamed = new Map<string, number>()
  for (const [trace, status] of requestStatus) {
    if (status < 500) continue
    let culprit = '(self)'
    let culpritTs = Infinity
    const deps = finalAttempts.get(trace)
    if (deps) {
      for (const [dep, last] of deps) {
        const broken = last.status === 0 || last.status >= 500
        if (!broken) continue
        if (last.ts < culpritTs || (last.ts === culpritTs && dep < culprit)) {
          culprit = dep
          culpritTs = last.ts
        }
      }
    }
    blamed.set(culprit, (blamed.get(culprit) ?? 0) + 1)
  }

  return [...blamed.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}
