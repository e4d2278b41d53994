// expect: wrong_answer
// Correct table, but `best[postage] || -1` also turns a genuine answer of 0 (postage 0) into -1.
function fewestStamps(stamps: number[], postage: number): number {
  const best: number[] = new Array(postage + 1).fill(0)
  for (let value = 1; value <= postage; value++) {
    let fewest = 0
    for (const s of stamps) {
      if (s > value) continue
      if (value - s > 0 && best[value - s] === 0) continue // unreachable
      const candidate = best[value - s] + 1
      if (fewest === 0 || candidate < fewest) fewest = candidate
    }
    best[value] = fewest
  }
  return best[postage] || -1
}
