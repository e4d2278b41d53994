// expect: wrong_answer
// Decides "number or operator" by looking at the first character: a negative number such as "-4"
// starts with '-', is taken for an operator and wrecks the stack.
function evalPostfix(tokens: string[]): number {
  const values: number[] = []
  for (const token of tokens) {
    if (token[0] >= '0' && token[0] <= '9') {
      values.push(parseInt(token, 10))
      continue
    }
    const right = values.pop()!
    const left = values.pop()!
    switch (token) {
      case '+': values.push(left + right); break
      case '-': values.push(left - right); break
      case '*': values.push(left * right); break
      case '/': values.push(Math.trunc(left / right)); break
    }
  }
  return values[0]
}
