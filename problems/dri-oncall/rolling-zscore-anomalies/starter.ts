function detectAnomalies(values: number[], window: number, k: number): number[] {
  // For every i >= window, compare values[i] with the mean and population standard deviation of
  // values[i - window .. i - 1].
  return []
}
