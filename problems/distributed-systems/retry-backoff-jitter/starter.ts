interface RetryPolicy {
  baseMs: number
  capMs: number
  maxAttempts: number
  deadlineMs: number
  budgetMax: number
  retryCost: number
}

interface CallReport {
  result: string // "ok" | "attempts" | "budget" | "deadline"
  sleeps: number[]
  elapsedMs: number
}

function retrySchedule(policy: RetryPolicy, calls: [number, boolean][][], rand: number[]): CallReport[] {
  // your code here
  return []
}
