// expect: time_limit
// Repeatedly deletes adjacent matching pairs until nothing changes. Correct, but deep nesting removes
// only one pair per pass: O(n²) for 50 000 nested brackets.
function bracketsBalanced(text: string): boolean {
  let chars = text.split('')
  let changed = true
  while (changed) {
    changed = false
    const kept: string[] = []
    for (let i = 0; i < chars.length; i++) {
      const pair = chars[i] + (chars[i + 1] ?? '')
      if (pair === '()' || pair === '[]' || pair === '{}') {
        i++
        changed = true
      } else {
        kept.push(chars[i])
      }
    }
    chars = kept
  }
  return chars.length === 0
}
