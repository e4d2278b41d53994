// expect: wrong_answer
// Treats groupWait as a debounce: every new start in the group pushes the send time to
// start + groupWait. As long as pods keep failing less than groupWait apart, nobody is paged at all:
// a steady trickle of crashes delays the first page indefinitely.
function groupAlerts(
  events: [number, string, Record<string, string>][],
  config: { groupBy: string[]; groupWait: number; flapWindow: number; flapLimit: number },
): [number, string, string[]][] {
  const active = new Set<string>()
  const starts = new Map<string, number[]>()
  const open = new Map<string, { sendTime: number; key: string; alerts: Set<string> }>()
  const sent: { sendTime: number; key: string; alerts: Set<string> }[] = []
  for (const [time, status, labels] of events) {
    const fingerprint = Object.keys(labels).sort().map((name) => name + '=' + labels[name]).join(',')
    if (status === 'resolved') {
      active.delete(fingerprint)
      continue
    }
    if (active.has(fingerprint)) continue
    active.add(fingerprint)
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
    } else {
      batch.sendTime = time + config.groupWait // wait for things to calm down
    }
    batch.alerts.add(fingerprint)
  }
  sent.push(...open.values())
  sent.sort((a, b) => a.sendTime - b.sendTime || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return sent.map((b) => [b.sendTime, b.key, [...b.alerts].sort()])
}
