function countBits(n: number): number[] {
  // Return an array of length n + 1 whose entry i is the number of 1 bits in i.
  return []
}
