// expect: wrong_answer
// Works backwards and, when tomorrow is not warmer, assumes that tomorrow's warmer day is also warmer
// than today. It may not be: for [14, 12, 13] it gives day 0 a wait of 2 (day 2, 13°), which is colder.
function waitForWarmth(temps: number[]): number[] {
  const n = temps.length
  const wait = new Array<number>(n).fill(0)
  for (let i = n - 2; i >= 0; i--) {
    if (temps[i + 1] > temps[i]) wait[i] = 1
    else if (wait[i + 1] > 0) wait[i] = wait[i + 1] + 1
  }
  return wait
}
