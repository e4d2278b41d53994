// expect: wrong_answer
// Alerts on the long window alone. It catches every real problem, but it keeps paging for up to an
// hour after the errors stopped, because the bad minutes take that long to leave the window (in
// example 1 it fires in minutes 4-9 instead of 4-6). The short window is what lets the page resolve.
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
  const firing: number[][] = []
  for (let t = 0; t < n; t++) {
    let fires = false
    for (const [long, , burnTenths] of rules) {
      const from = Math.max(0, t - long + 1)
      const T = total[t + 1] - total[from]
      const B = failed[t + 1] - failed[from]
      if (T > 0 && B * 10000000 >= burnTenths * budgetPpm * T) fires = true
    }
    if (!fires) continue
    const last = firing[firing.length - 1]
    if (last && last[1] === t - 1) last[1] = t
    else firing.push([t, t])
  }
  return { firing, budgetRemaining: Math.floor((total[n] * budgetPpm) / 1000000) - failed[n] }
}
