// expect: wrong_answer
// Keeps one counter per kind and checks it never goes negative and ends at zero. That ignores the
// order between kinds: "([)]" passes.
function bracketsBalanced(text: string): boolean {
  let round = 0
  let square = 0
  let curly = 0
  for (const ch of text) {
    if (ch === '(') round++
    else if (ch === ')') round--
    else if (ch === '[') square++
    else if (ch === ']') square--
    else if (ch === '{') curly++
    else curly--
    if (round < 0 || square < 0 || curly < 0) return false
  }
  return round === 0 && square === 0 && curly === 0
}
