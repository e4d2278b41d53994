// expect: wrong_answer
// Bucket sort by count, which is O(n), but values inside a bucket stay in order of first appearance
// instead of ascending order: ties are broken the wrong way.
function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>()
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1)
  const buckets: number[][] = []
  for (let i = 0; i <= nums.length; i++) buckets.push([])
  for (const [v, c] of counts) buckets[c].push(v)
  const result: number[] = []
  for (let c = nums.length; c > 0 && result.length < k; c--) {
    for (const v of buckets[c]) {
      if (result.length === k) break
      result.push(v)
    }
  }
  return result
}
