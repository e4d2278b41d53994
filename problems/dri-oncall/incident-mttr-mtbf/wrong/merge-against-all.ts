// expect: time_limit
// Does not sort: for each incident it scans every outage found so far for its service, merging all
// that overlap or touch it. Correct even when a late incident bridges two outages, but O(n²) when a
// service has tens of thousands of separate incidents.
function reliabilityStats(
  incidents: [string, number, number | null][],
  now: number,
): (string | number | null)[][] {
  const outagesOf = new Map<string, [number, number][]>()
  for (const [service, start, end] of incidents) {
    if (!outagesOf.has(service)) outagesOf.set(service, [])
    const outages = outagesOf.get(service)!
    let s = start
    let e = end === null ? Infinity : end
    const kept: [number, number][] = []
    for (const outage of outages) {
      if (outage[0] <= e && s <= outage[1]) {
        s = Math.min(s, outage[0])
        e = Math.max(e, outage[1])
      } else {
        kept.push(outage)
      }
    }
    kept.push([s, e])
    outagesOf.set(service, kept)
  }
  const rows: (string | number | null)[][] = []
  for (const service of [...outagesOf.keys()].sort()) {
    const outages = outagesOf.get(service)!.sort((a, b) => a[0] - b[0])
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
      resolved ? Math.floor((2 * repair + resolved) / (2 * resolved)) : null,
      outages.length > 1 ? Math.floor((2 * gaps + outages.length - 1) / (2 * (outages.length - 1))) : null,
    ])
  }
  return rows
}
