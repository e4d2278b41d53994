function isMirrorPhrase(text: string): boolean {
  // Compare letters and digits only, ignoring case.
  return false
}
