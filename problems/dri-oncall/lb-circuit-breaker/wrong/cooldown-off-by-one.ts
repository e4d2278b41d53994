// expect: wrong_answer
// Waits for time > openedAt + cooldown before the trial, so a request arriving exactly when the
// cooldown ends is rejected, and recovery is delayed until the next one (example 2).
function circuitBreaker(
  requests: [number, boolean][],
  windowSize: number,
  maxFailures: number,
  cooldown: number,
): [number, string][] {
  const changes: [number, string][] = []
  let window: number[] = []
  let failures = 0
  let open = false
  let openedAt = 0
  for (const [time, ok] of requests) {
    if (open) {
      if (time <= openedAt + cooldown) continue
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
    window.push(ok ? 0 : 1)
    failures += ok ? 0 : 1
    if (window.length > windowSize) failures -= window.shift()!
    if (window.length === windowSize && failures >= maxFailures) {
      open = true
      openedAt = time
      window = []
      failures = 0
      changes.push([time, 'open'])
    }
  }
  return changes
}
