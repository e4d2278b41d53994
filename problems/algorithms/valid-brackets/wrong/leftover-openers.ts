// expect: wrong_answer
// Matches every closing bracket correctly, but forgets to check that nothing is left open at the end:
// "((" is reported as balanced.
function bracketsBalanced(text: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
  const stack: string[] = []
  for (const ch of text) {
    if (!(ch in pairs)) stack.push(ch)
    else if (stack.pop() !== pairs[ch]) return false
  }
  return true
}
