// expect: wrong_answer
// Starts the recurrence from ways(1) = 1, ways(2) = 1 (the Fibonacci numbers) instead of
// ways(1) = 1, ways(2) = 2, so every answer is the count for one step fewer.
function countClimbs(n: number): number {
  const MOD = 1_000_000_007
  let a = 0
  let b = 1
  for (let step = 2; step <= n; step++) {
    const c = (a + b) % MOD
    a = b
    b = c
  }
  return b
}
