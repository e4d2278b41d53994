// expect: wrong_answer
// Treats every incident as its own outage. Duplicate incidents for the same outage multiply the
// failure count, add their overlapping minutes to the downtime twice, and produce "gaps" that are
// negative: the service looks both flakier and faster to repair than it is.
function reliabilityStats(
  incidents: [string, number, number | null][],
  now: number,
): (string | number | null)[][] {
  const byService = new Map<string, [number, number | null][]>()
  for (const [service, start, end] of incidents) {
    if (!byService.has(service)) byService.set(service, [])
    byService.get(service)!.push([start, end])
  }
  const rows: (string | number | null)[][] = []
  for (const service of [...byService.keys()].sort()) {
    const list = byService.get(service)!.sort((a, b) => a[0] - b[0])
    let downtime = 0
    let repair = 0
    let resolved = 0
    let gaps = 0
    for (let i = 0; i < list.length; i++) {
      const [start, end] = list[i]
      if (end === null) downtime += now - start
      else {
        downtime += end - start
        repair += end - start
        resolved++
      }
      if (i > 0) gaps += start - (list[i - 1][1] ?? now)
    }
    rows.push([
      service,
      list.length,
      downtime,
      resolved ? Math.round(repair / resolved) : null,
      list.length > 1 ? Math.round(gaps / (list.length - 1)) : null,
    ])
  }
  return rows
}
