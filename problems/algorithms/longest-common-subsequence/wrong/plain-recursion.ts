// expect: time_limit
// Correct recurrence without memoisation: each mismatch branches in two, and the same pair of
// suffixes is solved exponentially many times. Fine on "stone"/"longest", hopeless on 500 letters.
function longestCommonSubsequence(a: string, b: string): number {
  function go(i: number, j: number): number {
    if (i === a.length || j === b.length) return 0
    if (a[i] === b[j]) return 1 + go(i + 1, j + 1)
    return Math.max(go(i + 1, j), go(i, j + 1))
  }
  return go(0, 0)
}
