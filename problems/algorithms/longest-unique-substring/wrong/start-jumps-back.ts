// expect: wrong_answer
// Moves the window start to just after the previous copy of the character even when that copy is
// already outside the window, so the start can jump backwards: "abba" answers 3 instead of 2.
function longestFreshStretch(plays: string): number {
  const lastSeen = new Map<string, number>()
  let start = 0
  let best = 0
  for (let i = 0; i < plays.length; i++) {
    const previous = lastSeen.get(plays[i])
    if (previous !== undefined) start = previous + 1
    lastSeen.set(plays[i], i)
    best = Math.max(best, i - start + 1)
  }
  return best
}
