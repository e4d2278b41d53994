function anagramFamilies(words: string[]): string[][] {
  // Group words that are rearrangements of each other.
  // Families in order of first appearance, words in input order.
  return []
}
