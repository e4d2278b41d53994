// expect: wrong_answer
// Keeps no state: every `firing` event is treated as a new start. Alert rules re-send firing alerts on
// every evaluation, so a single long-running alert pages every groupWait, and soon trips its own flap
// suppression.
function groupAlerts(
  events: [number, string, Record<string, string>][],
  config: { groupBy: string[]; groupWait: number; flapWindow: number; flapLimit: number },
): [number, string, string[]][] {
  const starts = new Map<string, number[]>()
  const open = new Map<string, { sendTime: number; key: string; alerts: Set<string> }>()
  const sent: { sendTime: number; key: string; alerts: Set<string> }[] = []
  for (const [time, status, labels] of events) {
    if (status !== 'firing') continue
    const fingerprint = Object.keys(labels).sort().map((name) => name + '=' + labels[name]).join(',')
    const history = starts.get(fingerprint) ?? []
    history.push(time)
    starts.set(fingerprint, history)
    if (history.filter((s) => s > time - config.flapWindow).length > config.flapLimit) continue
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
