function editDistance(source: string, target: string): number {
  const n = source.length
  const m = target.length
  // prev[j] = distance between the first i - 1 characters of source and the first j of target.
  let prev: number[] = new Array(m + 1)
  let curr: number[] = new Array(m + 1)
  for (let j = 0; j <= m; j++) prev[j] = j
  for (let i = 1; i <= n; i++) {
    curr[0] = i
    const ch = source.charCodeAt(i - 1)
    for (let j = 1; j <= m; j++) {
      if (ch === target.charCodeAt(j - 1)) {
        curr[j] = prev[j - 1]
      } else {
        let best = prev[j - 1] // replace
        if (prev[j] < best) best = prev[j] // delete source[i - 1]
        if (curr[j - 1] < best) best = curr[j - 1] // insert target[j - 1]
        curr[j] = best + 1
      }
    }
    const t = prev
    prev = curr
    curr = t
  }
  return prev[m]
}
