// expect: wrong_answer
// Pops the two operands but uses them in pop order, so "-" and "/" compute right op left:
// ["10", "2", "8", "*", "-"] gives 16 - 10 = 6 instead of -6.
function evalPostfix(tokens: string[]): number {
  const values: number[] = []
  for (const token of tokens) {
    if (token === '+' || token === '-' || token === '*' || token === '/') {
      const a = values.pop()!
      const b = values.pop()!
      if (token === '+') values.push(a + b)
      else if (token === '-') values.push(a - b)
      else if (token === '*') values.push(a * b)
      else values.push(Math.trunc(a / b))
    } else {
      values.push(Number(token))
    }
  }
  return values[0]
}
