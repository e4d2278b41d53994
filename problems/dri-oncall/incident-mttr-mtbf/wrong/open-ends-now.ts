// expect: wrong_answer
// Closes open incidents at `now` before merging, as if the export time were their resolution. Merging
// and downtime still come out right (every incident starts before `now`), but the still-running
// outage enters the MTTR with a made-up duration, exactly when the worst outage is in progress
// (example 2: MTTR 43 instead of 10).
function reliabilityStats(
  incidents: [string, number, number | null][],
  now: number,
): (string | number | null)[][] {
  const byService = new Map<string, [number, number][]>()
  for (const [service, start, end] of incidents) {
    if (!byService.has(service)) byService.set(service, [])
    byService.get(service)!.push([start, end === null ? now : end])
  }
  const rows: (string | number | null)[][] = []
  for (const service of [...byService.keys()].sort()) {
    const list = byService.get(service)!.sort((a, b) => a[0] - b[0])
    const outages: [number, number][] = []
    for (const [start, end] of list) {
      const last = outages[outages.length - 1]
      if (last && start <= last[1]) last[1] = Math.max(last[1], end)
      else outages.push([start, end])
    }
    let downtime = 0
    let gaps = 0
    for (let i = 0; i < outages.length; i++) {
      downtime += outages[i][1] - outages[i][0]
      if (i > 0) gaps += outages[i][0] - outages[i - 1][1]
    }
    rows.push([
      service,
      outages.length,
      downtime,
      Math.round(downtime / outages.length),
      outages.length > 1 ? Math.round(gaps / (outages.length - 1)) : null,
    ])
  }
  return rows
}
