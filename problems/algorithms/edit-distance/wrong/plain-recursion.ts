// expect: time_limit
// The right recurrence, explored without memoisation: every mismatch branches three ways, so the
// running time is exponential in the string lengths. Fine for "abc" vs "yabd", hopeless for 500 letters.
function editDistance(source: string, target: string): number {
  function go(i: number, j: number): number {
    if (i === source.length) return target.length - j
    if (j === target.length) return source.length - i
    if (source[i] === target[j]) return go(i + 1, j + 1)
    return 1 + Math.min(go(i + 1, j + 1), go(i + 1, j), go(i, j + 1))
  }
  return go(0, 0)
}
