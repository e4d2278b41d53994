// expect: wrong_answer
// Counts failures among the outcomes recorded so far without waiting for a full window. Right after
// start-up or recovery, two failures out of two requests already trip a breaker meant to judge the
// last `windowSize` requests (example 1 reopens at 25).
function circuitBreaker(
  requests: [number, boolean][],
  windowSize: number,
  maxFailures: number,
  cooldown: number,
): [number, string][] {
  const changes: [number, string][] = []
  let window: boolean[] = []
  let failures = 0
  let open = false
  let openedAt = 0
  for (const [time, ok] of requests) {
    if (open) {
      if (time < openedAt + cooldown) continue
      changes.push([time, 'half-open'])
      if (ok) {
        open = false
        changes.push([time, 'closed'])
      } else {
        openedAt = time
        changes.push([time, 'open'])
      }
      continue
    }
    window.push(ok)
    if (!ok) failures++
    if (window.length > windowSize && !window.shift()) failures--
    if (failures >= maxFailures) {
      open = true
      openedAt = time
      window = []
      failures = 0
      changes.push([time, 'open'])
    }
  }
  return changes
}
