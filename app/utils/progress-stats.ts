/** Pure statistics over a candidate's judged submissions (the progress page and its tests). */

export interface JudgedAttempt {
  problemId: number
  verdict: string | null
  createdAt: number
  difficulty: string
  tags: string[]
}

const day = 86_400_000

/** `YYYY-MM-DD` of an instant, in UTC (Drill's days are UTC days everywhere). */
export function dayKey(time: number) {
  return new Date(time).toISOString().slice(0, 10)
}

/** Submissions per day for the `days` days ending today, oldest first, zero-filled. */
export function activityByDay(attempts: readonly JudgedAttempt[], now: number, days = 365) {
  const counts = new Map<string, number>()
  for (const a of attempts) counts.set(dayKey(a.createdAt), (counts.get(dayKey(a.createdAt)) ?? 0) + 1)
  const today = Math.floor(now / day) * day
  const out: { date: string; count: number }[] = []
  for (let i = days - 1; i >= 0; i--) {
    const key = dayKey(today - i * day)
    out.push({ date: key, count: counts.get(key) ?? 0 })
  }
  return out
}

/**
 * Consecutive days with at least one submission, ending today; a streak that ended yesterday still
 * counts (the candidate has until the end of today to keep it).
 */
export function currentStreak(attempts: readonly JudgedAttempt[], now: number) {
  const active = new Set(attempts.map((a) => dayKey(a.createdAt)))
  let cursor = Math.floor(now / day) * day
  if (!active.has(dayKey(cursor))) cursor -= day
  let streak = 0
  while (active.has(dayKey(cursor))) {
    streak++
    cursor -= day
  }
  return streak
}

export interface TagWeakness {
  tag: string
  failed: number
  solved: number
  /** Failed attempts per solved problem (failed ÷ max(1, solved)). */
  ratio: number
}

/** Solved problems counted by difficulty and by tag, and the tags with the most failed attempts per solve. */
export function summarizeAttempts(attempts: readonly JudgedAttempt[]) {
  const solved = new Map<number, JudgedAttempt>()
  for (const a of attempts) if (a.verdict === 'accepted' && !solved.has(a.problemId)) solved.set(a.problemId, a)
  const byDifficulty: Record<string, number> = { easy: 0, medium: 0, hard: 0 }
  const byTag = new Map<string, number>()
  for (const a of solved.values()) {
    byDifficulty[a.difficulty] = (byDifficulty[a.difficulty] ?? 0) + 1
    for (const tag of a.tags) byTag.set(tag, (byTag.get(tag) ?? 0) + 1)
  }
  const failedByTag = new Map<string, number>()
  for (const a of attempts) {
    if (a.verdict === 'accepted' || a.verdict === null) continue
    for (const tag of a.tags) failedByTag.set(tag, (failedByTag.get(tag) ?? 0) + 1)
  }
  const weakest: TagWeakness[] = [...failedByTag]
    .map(([tag, failed]) => {
      const solvedCount = byTag.get(tag) ?? 0
      return { tag, failed, solved: solvedCount, ratio: failed / Math.max(1, solvedCount) }
    })
    .sort((a, b) => b.ratio - a.ratio || b.failed - a.failed || a.tag.localeCompare(b.tag))
    .slice(0, 5)
  return {
    solvedCount: solved.size,
    attemptedCount: new Set(attempts.map((a) => a.problemId)).size,
    byDifficulty,
    byTag: [...byTag].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
    weakest,
  }
}
