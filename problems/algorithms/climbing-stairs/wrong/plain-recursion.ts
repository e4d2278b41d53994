// expect: time_limit
// ways(n) = ways(n - 1) + ways(n - 2) without memoisation: the same sub-staircases are recounted
// over and over, about 1.6^n calls, hopeless from n ≈ 35 on.
function countClimbs(n: number): number {
  const MOD = 1_000_000_007
  if (n <= 1) return 1
  return (countClimbs(n - 1) + countClimbs(n - 2)) % MOD
}
