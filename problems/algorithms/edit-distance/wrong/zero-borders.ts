// expect: wrong_answer
// Leaves the first row and column of the table at 0, as if turning a prefix into the empty string
// were free. It costs one deletion (or insertion) per character: "abc" -> "" answers 0 instead of 3.
function editDistance(source: string, target: string): number {
  const n = source.length
  const m = target.length
  const dp: number[][] = []
  for (let i = 0; i <= n; i++) dp.push(new Array(m + 1).fill(0))
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      if (source[i - 1] === target[j - 1]) dp[i][j] = dp[i - 1][j - 1]
      else dp[i][j] = 1 + Math.min(dp[i - 1][j - 1], dp[i - 1][j], dp[i][j - 1])
    }
  }
  return dp[n][m]
}
