function hasCloseRepeat(ids: number[], k: number): boolean {
  // Return true if some id appears twice at positions at most k apart.
  return false
}
