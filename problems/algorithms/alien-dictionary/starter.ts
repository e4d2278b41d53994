function alienOrder(words: string[]): string {
  // Return the letters of words in an order consistent with the glossary, or "" if none exists.
  return ''
}
