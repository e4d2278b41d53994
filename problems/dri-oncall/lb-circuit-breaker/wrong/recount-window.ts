// expect: time_limit
// Keeps every outcome and recounts the failures among the last `windowSize` of them for every
// request. Correct, but O(n × windowSize): 50 000 requests with a 2 000-request window is 100
// million steps.
function circuitBreaker(
  requests: [number, boolean][],
  windowSize: number,
  maxFailures: number,
  cooldown: number,
): [number, string][] {
  const changes: [number, string][] = []
  let outcomes: boolean[] = []
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
    outcomes.push(ok)
    if (outcomes.length < windowSize) continue
    let failures = 0
    for (let i = outcomes.length - windowSize; i < outcomes.length; i++) if (!outcomes[i]) failures++
    if (failures >= maxFailures) {
      open = true
      openedAt = time
      outcomes = []
      changes.push([time, 'open'])
    }
  }
  return changes
}
