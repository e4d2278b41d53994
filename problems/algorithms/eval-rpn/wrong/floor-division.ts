// expect: wrong_answer
// Uses Math.floor for division, which rounds toward minus infinity: -7 / 2 becomes -4, not -3.
function evalPostfix(tokens: string[]): number {
  const values: number[] = []
  for (const token of tokens) {
    if (token === '+' || token === '-' || token === '*' || token === '/') {
      const right = values.pop()!
      const left = values.pop()!
      if (token === '+') values.push(left + right)
      else if (token === '-') values.push(left - right)
      else if (token === '*') values.push(left * right)
      else values.push(Math.floor(left / right))
    } else {
      values.push(Number(token))
    }
  }
  return values[0]
}
