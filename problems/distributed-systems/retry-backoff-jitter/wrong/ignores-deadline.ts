// expect: wrong_answer
// Implements backoff, jitter and the budget, but never looks at the deadline: attempts run to their
// end and the client keeps sleeping and retrying long after the caller has given up on it. The work
// is wasted, and the tokens it burns are taken from calls that could still succeed.
interface RetryPolicy {
  baseMs: number
  capMs: number
  maxAttempts: number
  deadlineMs: number
  budgetMax: number
  retryCost: number
}

interface CallReport {
  result: string
  sleeps: number[]
  elapsedMs: number
}

function retrySchedule(policy: RetryPolicy, calls: [number, boolean][][], rand: number[]): CallReport[] {
  const { baseMs, capMs, maxAttempts, budgetMax, retryCost } = policy
  let tokens = budgetMax
  let next = 0
  const reports: CallReport[] = []
  for (const attempts of calls) {
    tokens = Math.min(budgetMax, tokens + 1)
    const sleeps: number[] = []
    let t = 0
    let result = ''
    for (let k = 0; ; k++) {
      const [duration, ok] = attempts[k]
      t += duration
      if (ok) {
        result = 'ok'
        break
      }
      if (k + 1 === maxAttempts) {
        result = 'attempts'
        break
      }
      if (tokens < retryCost) {
        result = 'budget'
        break
      }
      const sleep = Math.floor(rand[next++] * Math.min(capMs, baseMs * Math.pow(2, k)))
      tokens -= retryCost
      sleeps.push(sleep)
      t += sleep
    }
    reports.push({ result, sleeps, elapsedMs: t })
  }
  return reports
}
