// expect: wrong_answer
// Uses the right recurrence but loops while i < n, so the answer has n entries and misses n itself
// (n = 2 answers [0, 1] instead of [0, 1, 1]).
function countBits(n: number): number[] {
  const bits: number[] = [0]
  for (let i = 1; i < n; i++) bits.push(bits[i >> 1] + (i & 1))
  return bits
}
