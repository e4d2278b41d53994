// expect: time_limit
// For every day, scans forward to the first warmer day: O(n²) when warm days are rare (a long cold
// plateau makes every scan run to the end of the 100 000 days).
function waitForWarmth(temps: number[]): number[] {
  const wait: number[] = []
  for (let i = 0; i < temps.length; i++) {
    let d = 0
    for (let j = i + 1; j < temps.length; j++) {
      if (temps[j] > temps[i]) {
        d = j - i
        break
      }
    }
    wait.push(d)
  }
  return wait
}
