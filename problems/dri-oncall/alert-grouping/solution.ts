type Batch = { sendTime: number; key: string; alerts: Set<string> }

function groupAlerts(
  events: [number, string, Record<string, string>][],
  config: { groupBy: string[]; groupWait: number; flapWindow: number; flapLimit: number },
): [number, string, string[]][] {
  const { groupBy, groupWait, flapWindow, flapLimit } = config
  const active = new Set<string>()
  // Start times of each alert that may still be inside the flap window: times[head..] is the window.
  const starts = new Map<string, { times: number[]; head: number }>()
  const open = new Map<string, Batch>()
  const sent: Batch[] = []

  for (const [time, status, labels] of events) {
    const names = Object.keys(labels).sort()
    let fingerprint = ''
    for (let i = 0; i < names.length; i++) {
      fingerprint += (i > 0 ? ',' : '') + names[i] + '=' + labels[names[i]]
    }

    if (status === 'resolved') {
      active.delete(fingerprint)
      continue
    }
    if (active.has(fingerprint)) continue // re-sent while firing: a duplicate
    active.add(fingerprint)

    let history = starts.get(fingerprint)
    if (!history) {
      history = { times: [], head: 0 }
      starts.set(fingerprint, history)
    }
    history.times.push(time)
    while (history.times[history.head] <= time - flapWindow) history.head++
    if (history.head > 64 && history.head * 2 > history.times.length) {
      history.times = history.times.slice(history.head) // keep the queue from growing forever
      history.head = 0
    }
    if (history.times.length - history.head > flapLimit) continue // flapping: suppressed

    let key = ''
    for (let i = 0; i < groupBy.length; i++) {
      const name = groupBy[i]
      const value = Object.prototype.hasOwnProperty.call(labels, name) ? labels[name] : ''
      key += (i > 0 ? ',' : '') + name + '=' + value
    }
    let batch = open.get(key)
    if (batch && time > batch.sendTime) {
      sent.push(batch)
      batch = undefined
    }
    if (!batch) {
      batch = { sendTime: time + groupWait, key, alerts: new Set() }
      open.set(key, batch)
    }
    batch.alerts.add(fingerprint)
  }
  for (const batch of open.values()) sent.push(batch)

  sent.sort((a, b) => a.sendTime - b.sendTime || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return sent.map((batch) => [batch.sendTime, batch.key, [...batch.alerts].sort()])
}
