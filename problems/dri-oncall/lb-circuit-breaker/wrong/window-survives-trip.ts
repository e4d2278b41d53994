// expect: wrong_answer
// Never empties the window. After a successful trial the breaker closes with the very failures that
// opened it still in the window, so the first new failure trips it again (example 1 reopens at 24):
// the backend never gets a fair second chance.
function circuitBreaker(
  requests: [number, boolean][],
  windowSize: number,
  maxFailures: number,
  cooldown: number,
): [number, string][] {
  const changes: [number, string][] = []
  const window: number[] = []
  let head = 0
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
    window.push(ok ? 0 : 1)
    failures += ok ? 0 : 1
    if (window.length - head > windowSize) failures -= window[head++]
    if (window.length - head === windowSize && failures >= maxFailures) {
      open = true
      openedAt = time
      changes.push([time, 'open'])
    }
  }
  return changes
}
