// expect: time_limit
// Re-adds every window from scratch at every minute: O(n × (sum of window lengths)). Correct, but 30
// days of minutes with 1-hour to 3-day windows is about 290 million additions.
function burnRateAlerts(
  good: number[],
  bad: number[],
  budgetPpm: number,
  rules: number[][],
): { firing: number[][]; budgetRemaining: number } {
  const n = good.length
  const burns = (t: number, w: number, burnTenths: number) => {
    let T = 0
    let B = 0
    for (let i = Math.max(0, t - w + 1); i <= t; i++) {
      T += good[i] + bad[i]
      B += bad[i]
    }
    return T > 0 && B * 10000000 >= burnTenths * budgetPpm * T
  }
  const firing: number[][] = []
  for (let t = 0; t < n; t++) {
    let fires = false
    for (const [long, short, f] of rules) if (burns(t, short, f) && burns(t, long, f)) fires = true
    if (!fires) continue
    const last = firing[firing.length - 1]
    if (last && last[1] === t - 1) last[1] = t
    else firing.push([t, t])
  }
  let totalAll = 0
  let badAll = 0
  for (let i = 0; i < n; i++) {
    totalAll += good[i] + bad[i]
    badAll += bad[i]
  }
  return { firing, budgetRemaining: Math.floor((totalAll * budgetPpm) / 1000000) - badAll }
}
