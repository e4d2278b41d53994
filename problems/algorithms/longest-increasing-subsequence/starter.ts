function longestRisingSubsequence(readings: number[]): number {
  // Return the length of the longest strictly increasing subsequence of readings.
  return 0
}
