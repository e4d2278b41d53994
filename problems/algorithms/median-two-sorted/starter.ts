function medianOfTwo(a: number[], b: number[]): number {
  // Return the median of all values of a and b together.
  return 0
}
