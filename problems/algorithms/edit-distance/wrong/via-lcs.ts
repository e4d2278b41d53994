// expect: wrong_answer
// Deletes everything outside a longest common subsequence and inserts the rest: n + m - 2·LCS.
// That is the distance when only insertions and deletions are allowed; a replacement does in one
// step what costs a deletion plus an insertion here ("cat" -> "cut" answers 2 instead of 1).
function editDistance(source: string, target: string): number {
  const n = source.length
  const m = target.length
  const lcs: number[][] = []
  for (let i = 0; i <= n; i++) lcs.push(new Array(m + 1).fill(0))
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      if (source[i - 1] === target[j - 1]) lcs[i][j] = lcs[i - 1][j - 1] + 1
      else lcs[i][j] = Math.max(lcs[i - 1][j], lcs[i][j - 1])
    }
  }
  return n + m - 2 * lcs[n][m]
}
