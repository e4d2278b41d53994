// expect: wrong_answer
// Assumes the crates can always be split evenly: returns max(heaviest, ceil(total / days)).
// Order matters, so the even split is often impossible (example 1 needs 14, not 12).
function minCapacity(weights: number[], days: number): number {
  let heaviest = 0
  let total = 0
  for (const w of weights) {
    heaviest = Math.max(heaviest, w)
    total += w
  }
  return Math.max(heaviest, Math.ceil(total / days))
}
