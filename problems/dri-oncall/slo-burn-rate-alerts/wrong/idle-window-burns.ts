// expect: wrong_answer
// Uses the integer comparison but forgets that a window without traffic has no error ratio at all:
// with T = 0 and B = 0 the test 0 >= 0 passes, so the alert pages during a quiet period (minutes 0-2
// of example 3) and whenever a short window lands on idle minutes.
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
  const burns = (t: number, w: number, burnTenths: number) => {
    const from = Math.max(0, t - w + 1)
    const T = total[t + 1] - total[from]
    const B = failed[t + 1] - failed[from]
    return B * 10000000 >= burnTenths * budgetPpm * T
  }
  const firing: number[][] = []
  for (let t = 0; t < n; t++) {
    const fires = rules.some(([long, short, f]) => burns(t, long, f) && burns(t, short, f))
    if (!fires) continue
    const last = firing[firing.length - 1]
    if (last && last[1] === t - 1) last[1] = t
    else firing.push([t, t])
  }
  return { firing, budgetRemaining: Math.floor((total[n] * budgetPpm) / 1000000) - failed[n] }
}
