function medianOfTwo(a: number[], b: number[]): number {
  // Binary-search how many elements of the shorter array go into the lower half.
  if (a.length > b.length) return medianOfTwo(b, a)
  const m = a.length
  const n = b.length
  const half = (m + n + 1) >> 1 // size of the lower half (it holds the extra element when odd)
  let lo = 0
  let hi = m
  while (lo <= hi) {
    const i = (lo + hi) >> 1 // elements taken from a
    const j = half - i // elements taken from b
    const aLeft = i > 0 ? a[i - 1] : -Infinity
    const aRight = i < m ? a[i] : Infinity
    const bLeft = j > 0 ? b[j - 1] : -Infinity
    const bRight = j < n ? b[j] : Infinity
    if (aLeft > bRight) hi = i - 1
    else if (bLeft > aRight) lo = i + 1
    else {
      const lowerMax = Math.max(aLeft, bLeft)
      if ((m + n) % 2 === 1) return lowerMax
      return (lowerMax + Math.min(aRight, bRight)) / 2
    }
  }
  throw new Error('inputs are not sorted')
}
