function circuitBreaker(
  requests: [number, boolean][],
  windowSize: number,
  maxFailures: number,
  cooldown: number,
): [number, string][] {
  // Walk the requests with the breaker's state: closed (a window of recent outcomes), open (until
  // the cooldown ends), half-open (one trial request).
  return []
}
