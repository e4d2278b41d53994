function canSegment(text: string, words: string[]): boolean {
  // Return true if text can be cut into pieces that are all in words (reuse allowed).
  return false
}
