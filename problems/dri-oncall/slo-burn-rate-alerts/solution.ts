function burnRateAlerts(
  good: number[],
  bad: number[],
  budgetPpm: number,
  rules: number[][],
): { firing: number[][]; budgetRemaining: number } {
  const n = good.length
  // Prefix sums: total[i] and failed[i] cover minutes 0 .. i-1.
  const total = new Array<number>(n + 1)
  const failed = new Array<number>(n + 1)
  total[0] = 0
  failed[0] = 0
  for (let i = 0; i < n; i++) {
    total[i + 1] = total[i] + good[i] + bad[i]
    failed[i + 1] = failed[i] + bad[i]
  }

  // Does the window of length w at minute t burn at burnTenths?
  const burns = (t: number, w: number, burnTenths: number): boolean => {
    const from = t - w + 1 > 0 ? t - w + 1 : 0
    const T = total[t + 1] - total[from]
    if (T === 0) return false
    const B = failed[t + 1] - failed[from]
    return B * 10000000 >= burnTenths * budgetPpm * T
  }

  const firing: number[][] = []
  let runStart = -1
  for (let t = 0; t < n; t++) {
    let fires = false
    for (const [long, short, burnTenths] of rules) {
      if (burns(t, short, burnTenths) && burns(t, long, burnTenths)) {
        fires = true
        break
      }
    }
    if (fires && runStart < 0) runStart = t
    if (!fires && runStart >= 0) {
      firing.push([runStart, t - 1])
      runStart = -1
    }
  }
  if (runStart >= 0) firing.push([runStart, n - 1])

  const budgetRemaining = Math.floor((total[n] * budgetPpm) / 1000000) - failed[n]
  return { firing, budgetRemaining }
}
