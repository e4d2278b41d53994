function findStartStation(fuel: number[], cost: number[]): number {
  let total = 0 // fuel minus cost over the whole ring
  let tank = 0 // fuel left since the current candidate start
  let start = 0
  for (let i = 0; i < fuel.length; i++) {
    const gain = fuel[i] - cost[i]
    total += gain
    tank += gain
    if (tank < 0) {
      // No depot in start..i can be the answer: try the next one.
      start = i + 1
      tank = 0
    }
  }
  return total >= 0 ? start : -1
}
