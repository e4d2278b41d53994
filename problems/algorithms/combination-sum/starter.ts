function fareCombinations(tokens: number[], fare: number): number[][] {
  // Return every combination of token values summing to fare: each non-decreasing,
  // the list in lexicographic (numeric) order.
  return []
}
