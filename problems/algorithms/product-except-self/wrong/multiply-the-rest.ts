// expect: time_limit
// Recomputes the product of all other stages for every stage: O(n²). Right answers, but ten billion
// multiplications on a 100 000-stage chain.
function bypassGains(gains: number[]): number[] {
  const result: number[] = []
  for (let i = 0; i < gains.length; i++) {
    let product = 1
    for (let j = 0; j < gains.length; j++) {
      if (j !== i) product *= gains[j]
    }
    result.push(product)
  }
  return result
}
