function longestCommonSubsequence(a: string, b: string): number {
  const m = b.length
  // prev[j] = LCS length of the previous prefix of a and the first j characters of b.
  let prev: number[] = new Array(m + 1).fill(0)
  let curr: number[] = new Array(m + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const ch = a.charCodeAt(i - 1)
    for (let j = 1; j <= m; j++) {
      if (ch === b.charCodeAt(j - 1)) curr[j] = prev[j - 1] + 1
      else curr[j] = prev[j] > curr[j - 1] ? prev[j] : curr[j - 1]
    }
    const t = prev
    prev = curr
    curr = t
  }
  return prev[m]
}
