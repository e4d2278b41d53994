// expect: wrong_answer
// Greedy: always takes the largest stamp that still fits. Works for everyday coin systems, not for
// arbitrary values: [1, 5, 12] and 16 gives 12 + 1 + 1 + 1 + 1 instead of 5 + 5 + 5 + 1.
function fewestStamps(stamps: number[], postage: number): number {
  const desc = [...stamps].sort((a, b) => b - a)
  let remaining = postage
  let count = 0
  for (const s of desc) {
    while (s <= remaining) {
      remaining -= s
      count++
    }
  }
  return remaining === 0 ? count : -1
}
