function bypassGains(gains: number[]): number[] {
  // result[i] = product of all gains except gains[i], without using division.
  return []
}
