// expect: time_limit
// Recursion that tries every stamp at every step and never remembers an answer: the same remaining
// postage is solved again and again, exponentially often.
function fewestStamps(stamps: number[], postage: number): number {
  function fewest(remaining: number): number {
    if (remaining === 0) return 0
    let best = Infinity
    for (const s of stamps) {
      if (s > remaining) continue
      const rest = fewest(remaining - s)
      if (rest + 1 < best) best = rest + 1
    }
    return best
  }
  const answer = fewest(postage)
  return answer === Infinity ? -1 : answer
}
