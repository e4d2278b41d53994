function sameTiles(a: string, b: string): boolean {
  // Return true if b uses exactly the same letters as a, with the same counts.
  return false
}
