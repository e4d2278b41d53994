// expect: wrong_answer
// Computes the burn rate in floating point, (B / T) / budget >= factor, the way the dashboards show
// it. Mathematically the same test, but at an exact tie the rounding decides: 1.44 % errors against a
// 99.9 % SLO is (0.0144 / 0.001) = 14.399999999999999 < 14.4, so a full hour at exactly 14.4x never
// pages.
function burnRateAlerts(
  good: number[],
  bad: number[],
  budgetPpm: number,
  rules: number[][],
): { firing: number[][]; budgetRemaining: number } {
  const n = good.length
  const total = [0]
  const failed = [0]
  for (let i = 0; i < n; i++) {
    total.push(total[i] + good[i] + bad[i])
    failed.push(failed[i] + bad[i])
  }
  const budget = budgetPpm / 1000000
  const burns = (t: number, w: number, burnTenths: number) => {
    const from = Math.max(0, t - w + 1)
    const T = total[t + 1] - total[from]
    if (T === 0) return false
    const B = failed[t + 1] - failed[from]
    return B / T / budget >= burnTenths / 10
  }
  const firing: number[][] = []
  for (let t = 0; t < n; t++) {
    const fires = rules.some(([long, short, f]) => burns(t, long, f) && burns(t, short, f))
    if (!fires) continue
    const last = firing[firing.length - 1]
    if (last && last[1] === t - 1) last[1] = t
    else firing.push([t, t])
  }
  return { firing, budgetRemaining: Math.floor(total[n] * budget) - failed[n] }
}
