// expect: wrong_answer
// Orders the values with the default sort() before a stable sort by count. The default sort compares
// numbers as strings, so ties come out as "-1" < "-2" and "10" < "9": [-1, -2] with k = 2 gives
// [-1, -2] instead of [-2, -1].
function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>()
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1)
  const values = [...counts.keys()].sort()
  values.sort((a, b) => counts.get(b)! - counts.get(a)!)
  return values.slice(0, k)
}
