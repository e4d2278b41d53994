function circuitBreaker(
  requests: [number, boolean][],
  windowSize: number,
  maxFailures: number,
  cooldown: number,
): [number, string][] {
  const changes: [number, string][] = []
  // The window as a ring buffer of outcomes (1 = failure) with a running failure count.
  const ring = new Uint8Array(windowSize)
  let filled = 0
  let next = 0
  let failures = 0
  let open = false
  let openedAt = 0

  const trip = (time: number) => {
    open = true
    openedAt = time
    filled = 0
    next = 0
    failures = 0 // slots are rewritten before they are read again
    changes.push([time, 'open'])
  }

  for (const [time, ok] of requests) {
    if (open) {
      if (time < openedAt + cooldown) continue // rejected, never sent
      changes.push([time, 'half-open'])
      if (ok) {
        open = false
        changes.push([time, 'closed'])
      } else {
        trip(time)
      }
      continue
    }
    const failed = ok ? 0 : 1
    if (filled === windowSize) failures -= ring[next] // the oldest outcome leaves the window
    else filled++
    ring[next] = failed
    failures += failed
    next = next + 1 === windowSize ? 0 : next + 1
    if (filled === windowSize && failures >= maxFailures) trip(time)
  }
  return changes
}
