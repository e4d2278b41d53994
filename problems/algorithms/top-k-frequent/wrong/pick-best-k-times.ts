// expect: time_limit
// Counts correctly, then k times scans every distinct value for the best one not yet taken:
// O(d · k). Right answers, but with ~12 000 distinct values and k = 12 000 that is over a hundred
// million steps.
function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>()
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1)
  const values: number[] = []
  const freq: number[] = []
  for (const [v, c] of counts) {
    values.push(v)
    freq.push(c)
  }
  const taken: boolean[] = new Array(values.length).fill(false)
  const result: number[] = []
  for (let round = 0; round < k; round++) {
    let best = -1
    for (let i = 0; i < values.length; i++) {
      if (taken[i]) continue
      if (best === -1 || freq[i] > freq[best] || (freq[i] === freq[best] && values[i] < values[best])) best = i
    }
    taken[best] = true
    result.push(values[best])
  }
  return result
}
