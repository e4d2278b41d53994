function waitForWarmth(temps: number[]): number[] {
  // wait[i] = days until a strictly warmer day after day i, or 0 if there is none.
  return []
}
