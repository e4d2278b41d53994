function longestCommonSubsequence(a: string, b: string): number {
  // Return the length of the longest common subsequence of a and b.
  return 0
}
