function antiEntropy(
  depth: number,
  width: number,
  a: [number, string][],
  b: [number, string][],
): { ranges: number[][]; compared: number } {
  // Build both trees' hashes, then walk down only where they differ.
  return { ranges: [], compared: 0 }
}
