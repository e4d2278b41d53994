function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>()
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1)

  const entries: [number, number][] = []
  for (const [value, count] of counts) entries.push([value, count])
  // Higher count first; among equal counts, the smaller value first.
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0])

  const result: number[] = []
  for (let i = 0; i < k; i++) result.push(entries[i][0])
  return result
}
