function fewestStamps(stamps: number[], postage: number): number {
  // Return the fewest stamps whose values add up to postage, or -1 if no combination does.
  return -1
}
