function check(input: unknown[], expected: unknown, actual: unknown): true | string {
  const n = input[0] as number
  const pairs = input[1] as number[][]
  const possible = Array.isArray(expected) && expected.length > 0
  if (!Array.isArray(actual)) return 'expected an array of course numbers'
  if (!possible) {
    return actual.length === 0 ? true : 'the prerequisites contain a cycle, so the answer is []'
  }
  if (actual.length === 0) return 'a valid order exists, but [] was returned'
  if (actual.length !== n) return `expected all ${n} courses, got ${actual.length} entries`
  const position: number[] = new Array(n).fill(-1)
  for (let i = 0; i < actual.length; i++) {
    const c = actual[i]
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= n) {
      return `entry ${i} is ${JSON.stringify(c)}, not a course number between 0 and ${n - 1}`
    }
    if (position[c] !== -1) return `course ${c} appears more than once`
    position[c] = i
  }
  for (const [x, y] of pairs) {
    if (position[x] > position[y]) {
      return `course ${x} must come before course ${y}, but it is at position ${position[x]} and ${y} at ${position[y]}`
    }
  }
  return true
}
