function countBits(n: number): number[] {
  const bits: number[] = new Array(n + 1)
  bits[0] = 0
  // i >> 1 drops the lowest bit of i, and it is smaller than i, so its count is already known.
  for (let i = 1; i <= n; i++) bits[i] = bits[i >> 1] + (i & 1)
  return bits
}
