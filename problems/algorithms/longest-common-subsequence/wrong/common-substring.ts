// expect: wrong_answer
// Computes the longest common *substring*: a run of consecutive characters. Resetting to 0 on a
// mismatch forgets that a subsequence may skip characters ("river" vs "rover" answers 3 for "ver", not 4 for "rver").
function longestCommonSubsequence(a: string, b: string): number {
  const dp: number[][] = []
  for (let i = 0; i <= a.length; i++) dp.push(new Array(b.length + 1).fill(0))
  let best = 0
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        dp[i][j] = dp[i - 1][j - 1] + 1
        if (dp[i][j] > best) best = dp[i][j]
      }
    }
  }
  return best
}
