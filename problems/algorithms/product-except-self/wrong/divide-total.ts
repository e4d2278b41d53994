// expect: wrong_answer
// Divides the total product by each gain. With a zero in the chain the total is 0 and 0 / 0 is NaN,
// so the zero stage's answer is lost.
function bypassGains(gains: number[]): number[] {
  let total = 1
  for (const g of gains) total *= g
  return gains.map((g) => total / g)
}
