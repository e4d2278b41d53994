function bracketsBalanced(text: string): boolean {
  const openerOf: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
  const open: string[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const opener = openerOf[ch]
    if (opener === undefined) {
      open.push(ch)
    } else if (open.pop() !== opener) {
      return false // wrong kind, or nothing open at all
    }
  }
  return open.length === 0
}
