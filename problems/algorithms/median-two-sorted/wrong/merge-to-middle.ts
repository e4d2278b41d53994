// expect: time_limit
// Merges the two arrays with two pointers until it reaches the middle: O(m + n). Correct, and fine
// in most real code, but the statement asks for O(log(m + n)) and the big tests enforce it.
function medianOfTwo(a: number[], b: number[]): number {
  const total = a.length + b.length
  let i = 0
  let j = 0
  let prev = 0
  let cur = 0
  for (let k = 0; k <= total >> 1; k++) {
    prev = cur
    if (j >= b.length || (i < a.length && a[i] <= b[j])) cur = a[i++]
    else cur = b[j++]
  }
  return total % 2 === 1 ? cur : (prev + cur) / 2
}
