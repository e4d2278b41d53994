function countClimbs(n: number): number {
  // Return the number of move sequences that reach step n, modulo 1 000 000 007.
  return 0
}
