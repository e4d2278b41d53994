function balancedTrios(amounts: number[]): number[][] {
  // Every distinct [a, b, c] with a + b + c = 0, a <= b <= c, trios sorted lexicographically.
  return []
}
