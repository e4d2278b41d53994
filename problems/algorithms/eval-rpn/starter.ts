function evalPostfix(tokens: string[]): number {
  // Evaluate the postfix expression; "/" truncates toward zero.
  return 0
}
