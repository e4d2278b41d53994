function evalPostfix(tokens: string[]): number {
  const values: number[] = []
  for (const token of tokens) {
    if (token === '+' || token === '-' || token === '*' || token === '/') {
      const right = values.pop()!
      const left = values.pop()!
      if (token === '+') values.push(left + right)
      else if (token === '-') values.push(left - right)
      else if (token === '*') values.push(left * right)
      else values.push(Math.trunc(left / right))
    } else {
      values.push(Number(token)) // also handles negative numbers like "-4"
    }
  }
  return values[0]
}
