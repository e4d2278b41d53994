// expect: time_limit
// best[i] = yields[i] + the best total ending anywhere before i - 1: correct, but the inner loop
// over all earlier trees makes it O(n²), five billion steps for 100 000 trees.
function bestHarvest(yields: number[]): number {
  const n = yields.length
  const endingAt: number[] = new Array(n).fill(0)
  let answer = 0
  for (let i = 0; i < n; i++) {
    let bestBefore = 0
    for (let j = 0; j < i - 1; j++) {
      if (endingAt[j] > bestBefore) bestBefore = endingAt[j]
    }
    endingAt[i] = yields[i] + bestBefore
    if (endingAt[i] > answer) answer = endingAt[i]
  }
  return answer
}
