function longestFreshStretch(plays: string): number {
  // lastSeen[c] = last index where character code c appeared, or -1.
  const lastSeen = new Array<number>(128).fill(-1)
  let start = 0 // the current window is plays[start..i]
  let best = 0
  for (let i = 0; i < plays.length; i++) {
    const code = plays.charCodeAt(i)
    // A repeat only matters if its earlier copy is inside the current window.
    if (lastSeen[code] >= start) start = lastSeen[code] + 1
    lastSeen[code] = i
    if (i - start + 1 > best) best = i - start + 1
  }
  return best
}
