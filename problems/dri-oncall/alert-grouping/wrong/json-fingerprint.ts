// expect: wrong_answer
// Identifies alerts by JSON.stringify(labels). Object keys keep their insertion order, and different
// senders (or the same rule after a restart) emit the labels in different orders, so one alert gets
// several identities: a re-sent firing looks like a new start and pages again.
function groupAlerts(
  events: [number, string, Record<string, string>][],
  config: { groupBy: string[]; groupWait: number; flapWindow: number; flapLimit: number },
): [number, string, string[]][] {
  const active = new Set<string>()
  const starts = new Map<string, number[]>()
  const open = new Map<string, { sendTime: number; key: string; alerts: Set<string> }>()
  const sent: { sendTime: number; key: string; alerts: Set<string> }[] = []
  for (const [time, status, labels] of events) {
    const id = JSON.stringify(labels)
    if (status === 'resolved') {
      active.delete(id)
      continue
    }
    if (active.has(id)) continue
    active.add(id)
    const history = starts.get(id) ?? []
    history.push(time)
    starts.set(id, history)
    if (history.filter((s) => s > time - config.flapWindow).length > config.flapLimit) continue
    const fingerprint = Object.keys(labels).sort().map((name) => name + '=' + labels[name]).join(',')
    const key = config.groupBy.map((name) => name + '=' + (labels[name] ?? '')).join(',')
    let batch = open.get(key)
    if (batch && time > batch.sendTime) {
      sent.push(batch)
      batch = undefined
    }
    if (!batch) {
      batch = { sendTime: time + config.groupWait, key, alerts: new Set() }
      open.set(key, batch)
    }
    batch.alerts.add(fingerprint)
  }
  sent.push(...open.values())
  sent.sort((a, b) => a.sendTime - b.sendTime || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return sent.map((b) => [b.sendTime, b.key, [...b.alerts].sort()])
}
