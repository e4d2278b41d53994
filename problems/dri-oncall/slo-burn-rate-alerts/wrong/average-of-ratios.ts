// expect: wrong_answer
// Computes each window's error ratio as the average of the per-minute error ratios (skipping idle
// minutes) instead of failed requests / total requests. A nearly idle minute where 1 of 2 requests
// failed then weighs as much as a busy minute with 2 000 requests: at night the alert pages on noise.
function burnRateAlerts(
  good: number[],
  bad: number[],
  budgetPpm: number,
  rules: number[][],
): { firing: number[][]; budgetRemaining: number } {
  const n = good.length
  // Prefix sums of the per-minute ratios and of the number of minutes with traffic.
  const ratioSum = [0]
  const busy = [0]
  let allTotal = 0
  let allBad = 0
  for (let i = 0; i < n; i++) {
    const T = good[i] + bad[i]
    ratioSum.push(ratioSum[i] + (T > 0 ? bad[i] / T : 0))
    busy.push(busy[i] + (T > 0 ? 1 : 0))
    allTotal += T
    allBad += bad[i]
  }
  const burns = (t: number, w: number, burnTenths: number) => {
    const from = Math.max(0, t - w + 1)
    const minutes = busy[t + 1] - busy[from]
    if (minutes === 0) return false
    const ratio = (ratioSum[t + 1] - ratioSum[from]) / minutes
    return ratio * 10000000 >= burnTenths * budgetPpm - 1e-6
  }
  const firing: number[][] = []
  for (let t = 0; t < n; t++) {
    const fires = rules.some(([long, short, f]) => burns(t, long, f) && burns(t, short, f))
    if (!fires) continue
    const last = firing[firing.length - 1]
    if (last && last[1] === t - 1) last[1] = t
    else firing.push([t, t])
  }
  return { firing, budgetRemaining: Math.floor((allTotal * budgetPpm) / 1000000) - allBad }
}
