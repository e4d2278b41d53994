function longestFreshStretch(plays: string): number {
  // Length of the longest substring with no repeated character.
  return 0
}
