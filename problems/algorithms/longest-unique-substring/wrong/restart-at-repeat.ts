// expect: wrong_answer
// On a repeat, throws the whole window away and restarts at the current character. The part of the
// window after the earlier copy was still valid: "dvdf" answers 2 instead of 3 ("vdf").
function longestFreshStretch(plays: string): number {
  let seen = new Set<string>()
  let best = 0
  for (const ch of plays) {
    if (seen.has(ch)) seen = new Set<string>()
    seen.add(ch)
    best = Math.max(best, seen.size)
  }
  return best
}
