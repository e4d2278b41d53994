function courseOrder(n: number, pairs: number[][]): number[] {
  // Return the courses in a valid order, or [] if there is none.
  return []
}
