// expect: time_limit
// Evaluates the way one might on paper: find the first operator, replace it and its two operands by the
// result, rebuild the token list, repeat. Each round copies the whole list: O(n²) for 100 000 tokens.
function evalPostfix(tokens: string[]): number {
  let items: (string | number)[] = tokens.slice()
  const isOperator = (t: string | number) => t === '+' || t === '-' || t === '*' || t === '/'
  while (items.length > 1) {
    let k = 0
    while (!isOperator(items[k])) k++
    const left = Number(items[k - 2])
    const right = Number(items[k - 1])
    const op = items[k]
    const value =
      op === '+' ? left + right : op === '-' ? left - right : op === '*' ? left * right : Math.trunc(left / right)
    const next: (string | number)[] = []
    for (let i = 0; i < items.length; i++) {
      if (i === k - 2) next.push(value)
      else if (i < k - 2 || i > k) next.push(items[i])
    }
    items = next
  }
  return Number(items[0])
}
