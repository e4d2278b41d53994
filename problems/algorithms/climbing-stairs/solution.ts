function countClimbs(n: number): number {
  const MOD = 1_000_000_007
  let twoBelow = 1 // ways to stand on step 0
  let oneBelow = 1 // ways to stand on step 1
  for (let step = 2; step <= n; step++) {
    const here = (oneBelow + twoBelow) % MOD
    twoBelow = oneBelow
    oneBelow = here
  }
  return oneBelow
}
