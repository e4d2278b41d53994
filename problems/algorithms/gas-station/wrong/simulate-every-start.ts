// expect: time_limit
// Drives a full lap from every depot until the tank goes negative: O(n²) when laps fail late.
// Right answers, but on 50 000 depots that is over a billion steps.
function findStartStation(fuel: number[], cost: number[]): number {
  const n = fuel.length
  for (let start = 0; start < n; start++) {
    let tank = 0
    let ok = true
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n
      tank += fuel[i] - cost[i]
      if (tank < 0) {
        ok = false
        break
      }
    }
    if (ok) return start
  }
  return -1
}
