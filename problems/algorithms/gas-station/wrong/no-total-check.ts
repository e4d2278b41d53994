// expect: wrong_answer
// The one-pass reset is right, but it forgets that the lap may be impossible altogether. When the
// road needs more fuel than all depots hold it still returns the last candidate:
// fuel [1, 2, 3], cost [2, 2, 3] answers 1 instead of -1.
function findStartStation(fuel: number[], cost: number[]): number {
  let tank = 0
  let start = 0
  for (let i = 0; i < fuel.length; i++) {
    tank += fuel[i] - cost[i]
    if (tank < 0) {
      start = i + 1
      tank = 0
    }
  }
  return start < fuel.length ? start : -1
}
