// expect: time_limit
// Keeps the alerts it has seen in an array and finds an event's alert by comparing label sets one by
// one. Correct, but every event scans all known alerts: 10 000 events against 4 000 pods is tens
// of millions of label comparisons.
type Known = { labels: Record<string, string>; fingerprint: string; active: boolean; starts: number[] }

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  for (const k of keysA) if (!Object.prototype.hasOwnProperty.call(b, k) || a[k] !== b[k]) return false
  return true
}

function groupAlerts(
  events: [number, string, Record<string, string>][],
  config: { groupBy: string[]; groupWait: number; flapWindow: number; flapLimit: number },
): [number, string, string[]][] {
  const known: Known[] = []
  const open = new Map<string, { sendTime: number; key: string; alerts: Set<string> }>()
  const sent: { sendTime: number; key: string; alerts: Set<string> }[] = []
  for (const [time, status, labels] of events) {
    let alert: Known | undefined
    for (const candidate of known) {
      if (sameLabels(candidate.labels, labels)) {
        alert = candidate
        break
      }
    }
    if (!alert) {
      const fingerprint = Object.keys(labels).sort().map((name) => name + '=' + labels[name]).join(',')
      alert = { labels, fingerprint, active: false, starts: [] }
      known.push(alert)
    }
    if (status === 'resolved') {
      alert.active = false
      continue
    }
    if (alert.active) continue
    alert.active = true
    alert.starts.push(time)
    let recent = 0
    for (const s of alert.starts) if (s > time - config.flapWindow) recent++
    if (recent > config.flapLimit) continue
    const key = config.groupBy
      .map((name) => name + '=' + (Object.prototype.hasOwnProperty.call(labels, name) ? labels[name] : ''))
      .join(',')
    let batch = open.get(key)
    if (batch && time > batch.sendTime) {
      sent.push(batch)
      batch = undefined
    }
    if (!batch) {
      batch = { sendTime: time + config.groupWait, key, alerts: new Set() }
      open.set(key, batch)
    }
    batch.alerts.add(alert.fingerprint)
  }
  sent.push(...open.values())
  sent.sort((a, b) => a.sendTime - b.sendTime || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return sent.map((b) => [b.sendTime, b.key, [...b.alerts].sort()])
}
