// expect: wrong_answer
// Merges only incidents that strictly overlap (start < end of the outage). When one incident is
// closed and a follow-up is opened in the same minute, the service never came back up, but this
// counts two outages with a zero-minute "uptime" between them, dragging MTBF down.
function reliabilityStats(
  incidents: [string, number, number | null][],
  now: number,
): (string | number | null)[][] {
  const byService = new Map<string, [number, number][]>()
  for (const [service, start, end] of incidents) {
    if (!byService.has(service)) byService.set(service, [])
    byService.get(service)!.push([start, end === null ? Infinity : end])
  }
  const rows: (string | number | null)[][] = []
  for (const service of [...byService.keys()].sort()) {
    const list = byService.get(service)!.sort((a, b) => a[0] - b[0])
    const outages: [number, number][] = []
    for (const [start, end] of list) {
      const last = outages[outages.length - 1]
      if (last && start < last[1]) last[1] = Math.max(last[1], end)
      else outages.push([start, end])
    }
    let downtime = 0
    let repair = 0
    let resolved = 0
    let gaps = 0
    for (let i = 0; i < outages.length; i++) {
      const [start, end] = outages[i]
      if (end === Infinity) downtime += now - start
      else {
        downtime += end - start
        repair += end - start
        resolved++
      }
      if (i > 0) gaps += start - outages[i - 1][1]
    }
    rows.push([
      service,
      outages.length,
      downtime,
      resolved ? Math.round(repair / resolved) : null,
      outages.length > 1 ? Math.round(gaps / (outages.length - 1)) : null,
    ])
  }
  return rows
}
