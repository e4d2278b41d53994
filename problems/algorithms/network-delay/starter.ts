function networkDelay(times: number[][], n: number, k: number): number {
  // Return when the last node receives the update, or -1 if some node never does.
  return -1
}
