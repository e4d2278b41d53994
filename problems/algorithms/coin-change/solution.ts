function fewestStamps(stamps: number[], postage: number): number {
  const best: number[] = new Array(postage + 1).fill(Infinity)
  best[0] = 0
  for (let value = 1; value <= postage; value++) {
    for (const s of stamps) {
      if (s <= value && best[value - s] + 1 < best[value]) best[value] = best[value - s] + 1
    }
  }
  return best[postage] === Infinity ? -1 : best[postage]
}
