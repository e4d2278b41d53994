function burnRateAlerts(
  good: number[],
  bad: number[],
  budgetPpm: number,
  rules: number[][],
): { firing: number[][]; budgetRemaining: number } {
  // For every minute t and every rule [long, short, burnTenths], check whether both windows ending
  // at t burn; then collect the runs of minutes in which any rule fires.
  return { firing: [], budgetRemaining: 0 }
}
