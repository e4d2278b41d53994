// expect: wrong_answer
// Always takes the longest jump available. Landing as far as possible can land on a dead end that
// a shorter jump would have avoided: [2, 3, 0, 0, 1] jumps 0 -> 2 and gets stuck, but 0 -> 1 -> 4 works.
function canReachEnd(jumps: number[]): boolean {
  let at = 0
  while (at < jumps.length - 1) {
    if (jumps[at] === 0) return false
    at += jumps[at]
  }
  return true
}
