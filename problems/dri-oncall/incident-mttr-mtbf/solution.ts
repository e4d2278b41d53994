function reliabilityStats(
  incidents: [string, number, number | null][],
  now: number,
): (string | number | null)[][] {
  const byService = new Map<string, [number, number | null][]>()
  for (const [service, start, end] of incidents) {
    let list = byService.get(service)
    if (!list) {
      list = []
      byService.set(service, list)
    }
    list.push([start, end])
  }

  const services = [...byService.keys()].sort()
  const rows: (string | number | null)[][] = []
  for (const service of services) {
    const list = byService.get(service)!
    list.sort((a, b) => a[0] - b[0])

    // Merge into outages; an open outage has end = Infinity and absorbs everything after it.
    const starts: number[] = []
    const ends: number[] = []
    for (const [start, end] of list) {
      const finish = end === null ? Infinity : end
      const last = ends.length - 1
      if (last >= 0 && start <= ends[last]) {
        if (finish > ends[last]) ends[last] = finish
      } else {
        starts.push(start)
        ends.push(finish)
      }
    }

    let downtime = 0
    let repairTotal = 0
    let resolved = 0
    let gapTotal = 0
    for (let i = 0; i < starts.length; i++) {
      if (ends[i] === Infinity) {
        downtime += now - starts[i]
      } else {
        downtime += ends[i] - starts[i]
        repairTotal += ends[i] - starts[i]
        resolved++
      }
      if (i > 0) gapTotal += starts[i] - ends[i - 1]
    }
    const gaps = starts.length - 1
    rows.push([
      service,
      starts.length,
      downtime,
      resolved > 0 ? roundHalfUp(repairTotal, resolved) : null,
      gaps > 0 ? roundHalfUp(gapTotal, gaps) : null,
    ])
  }
  return rows
}

// round(total / count) with halves up, in integers: floor((2 × total + count) / (2 × count)).
function roundHalfUp(total: number, count: number): number {
  return Math.floor((2 * total + count) / (2 * count))
}
