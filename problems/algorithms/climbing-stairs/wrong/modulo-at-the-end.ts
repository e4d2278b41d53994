// expect: wrong_answer
// Computes the exact count in floating point and reduces only at the end: from n = 78 on the count
// exceeds 2^53, the low digits are already lost, and the remainder is off.
function countClimbs(n: number): number {
  let twoBelow = 1
  let oneBelow = 1
  for (let step = 2; step <= n; step++) {
    const here = oneBelow + twoBelow
    twoBelow = oneBelow
    oneBelow = here
  }
  return oneBelow % 1_000_000_007
}
