function editDistance(source: string, target: string): number {
  // Return the minimum number of insertions, deletions and replacements turning source into target.
  return 0
}
