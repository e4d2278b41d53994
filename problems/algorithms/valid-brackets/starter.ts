function bracketsBalanced(text: string): boolean {
  // Return true if every bracket is closed by the same kind, in the right order.
  return false
}
