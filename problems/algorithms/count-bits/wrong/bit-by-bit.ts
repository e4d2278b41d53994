// expect: time_limit
// Counts the bits of every number separately by shifting it right until it is 0: about log2(n)
// steps per number, O(n log n) in total. Correct, but roughly 20 times the work of the one-step
// recurrence on the largest inputs.
function countBits(n: number): number[] {
  const result: number[] = []
  for (let i = 0; i <= n; i++) {
    let x = i
    let count = 0
    while (x > 0) {
      count += x & 1
      x = x >>> 1
    }
    result.push(count)
  }
  return result
}
