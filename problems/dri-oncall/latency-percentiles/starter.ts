function latencyPercentiles(lines: string[], percentiles: number[]): (string | number)[][] {
  // Group the durations by endpoint (method + path without its query string),
  // then take the nearest-rank percentiles of each group.
  return []
}
