// expect: wrong_answer
// Doubles before the first retry: the ceiling of retry r is base × 2^r instead of base × 2^(r - 1), so
// every backoff window is twice as wide as configured until it reaches the cap.
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
  const { baseMs, capMs, maxAttempts, deadlineMs, budgetMax, retryCost } = policy
  let tokens = budgetMax
  let next = 0 // index of the next unused random value
  const reports: CallReport[] = []
  for (const attempts of calls) {
    tokens = Math.min(budgetMax, tokens + 1)
    const sleeps: number[] = []
    let t = 0
    let result = ''
    for (let k = 0; ; k++) {
      const [duration, ok] = attempts[k]
      if (t + duration > deadlineMs) {
        t = deadlineMs // the attempt is cut off at the deadline
        result = 'deadline'
        break
      }
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
      // Retry number k + 1: full jitter over min(cap, base × 2^k). Multiplying by a power of two is
      // exact in floating point, and huge values only meet the cap.
      const ceiling = Math.min(capMs, baseMs * Math.pow(2, k + 1))
      const sleep = Math.floor(rand[next++] * ceiling)
      if (t + sleep >= deadlineMs) {
        result = 'deadline'
        break
      }
      tokens -= retryCost
      sleeps.push(sleep)
      t += sleep
    }
    reports.push({ result, sleeps, elapsedMs: t })
  }
  return reports
}
