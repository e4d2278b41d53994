// expect: time_limit
// Marks every stone reachable from every reachable stone. Correct, but each stone may mark up to
// jumps[i] others: O(n · max jump), about five billion steps when long jumps overlap on 100 000 stones.
function canReachEnd(jumps: number[]): boolean {
  const n = jumps.length
  const reachable: boolean[] = new Array(n).fill(false)
  reachable[0] = true
  for (let i = 0; i < n; i++) {
    if (!reachable[i]) continue
    for (let step = 1; step <= jumps[i] && i + step < n; step++) reachable[i + step] = true
  }
  return reachable[n - 1]
}
