// expect: wrong_answer
// Treats any dead-end stone before the last one as fatal, without asking whether it can be jumped
// over: [1, 4, 0, 0, 0, 0] answers false, though 0 -> 1 -> 5 clears the zeros.
function canReachEnd(jumps: number[]): boolean {
  for (let i = 0; i < jumps.length - 1; i++) {
    if (jumps[i] === 0) return false
  }
  return true
}
