// expect: time_limit
// From every starting position, extends a fresh "seen" table until a repeat: O(n · k) where k is the
// length of the answer. A log cycling through all 95 printable characters makes every scan 95 long.
function longestFreshStretch(plays: string): number {
  let best = 0
  for (let i = 0; i < plays.length; i++) {
    const seen: boolean[] = new Array(128).fill(false)
    let j = i
    while (j < plays.length && !seen[plays.charCodeAt(j)]) {
      seen[plays.charCodeAt(j)] = true
      j++
    }
    if (j - i > best) best = j - i
  }
  return best
}
