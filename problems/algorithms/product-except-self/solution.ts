function bypassGains(gains: number[]): number[] {
  const n = gains.length
  const result = new Array<number>(n)
  // First pass: result[i] = product of everything to the left of i.
  let left = 1
  for (let i = 0; i < n; i++) {
    result[i] = left
    left *= gains[i]
  }
  // Second pass: multiply in the product of everything to the right of i.
  let right = 1
  for (let i = n - 1; i >= 0; i--) {
    result[i] *= right
    right *= gains[i]
  }
  return result
}
