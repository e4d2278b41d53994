// expect: time_limit
// Compares every position with the next k positions: O(n·k). Right answers, but with k = 100 000 and
// no repeat in a 100 000-entry log that is five billion comparisons.
function hasCloseRepeat(ids: number[], k: number): boolean {
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length && j - i <= k; j++) {
      if (ids[i] === ids[j]) return true
    }
  }
  return false
}
