import { describe, expect, it } from 'vitest'
import { activityByDay, currentStreak, summarizeAttempts, type JudgedAttempt } from './progress-stats'

const now = Date.UTC(2026, 10, 28, 15)
const daysAgo = (n: number) => now - n * 86_400_000
const attempt = (problemId: number, verdict: string, createdAt: number, tags = ['arrays'], difficulty = 'easy'): JudgedAttempt => ({
  problemId,
  verdict,
  createdAt,
  tags,
  difficulty,
})

describe('progress statistics', () => {
  it('counts the streak through today, or through yesterday when today is still empty', () => {
    const attempts = [attempt(1, 'accepted', daysAgo(0)), attempt(1, 'wrong_answer', daysAgo(1)), attempt(2, 'accepted', daysAgo(2)), attempt(3, 'accepted', daysAgo(4))]
    expect(currentStreak(attempts, now)).toBe(3)
    expect(currentStreak(attempts.slice(1), now)).toBe(2)
    expect(currentStreak([attempt(1, 'accepted', daysAgo(2))], now)).toBe(0)
  })

  it('zero-fills activity per UTC day, oldest first, ending today', () => {
    const days = activityByDay([attempt(1, 'accepted', daysAgo(0)), attempt(2, 'accepted', daysAgo(0)), attempt(3, 'wrong_answer', daysAgo(3))], now, 7)
    expect(days).toHaveLength(7)
    expect(days.at(-1)).toEqual({ date: '2026-11-28', count: 2 })
    expect(days.at(-4)).toEqual({ date: '2026-11-25', count: 1 })
    expect(days[0]).toEqual({ date: '2026-11-22', count: 0 })
  })

  it('counts a problem solved once however often it was accepted, and ranks tags by failures per solve', () => {
    const summary = summarizeAttempts([
      attempt(1, 'accepted', daysAgo(1), ['arrays', 'hashing']),
      attempt(1, 'accepted', daysAgo(0), ['arrays', 'hashing']),
      attempt(2, 'wrong_answer', daysAgo(0), ['graphs'], 'medium'),
      attempt(2, 'time_limit', daysAgo(0), ['graphs'], 'medium'),
      attempt(3, 'wrong_answer', daysAgo(0), ['hashing'], 'hard'),
      attempt(3, 'accepted', daysAgo(0), ['hashing'], 'hard'),
    ])
    expect(summary.solvedCount).toBe(2)
    expect(summary.attemptedCount).toBe(3)
    expect(summary.byDifficulty).toEqual({ easy: 1, medium: 0, hard: 1 })
    expect(summary.byTag).toEqual([
      { tag: 'hashing', count: 2 },
      { tag: 'arrays', count: 1 },
    ])
    expect(summary.weakest.map((w) => [w.tag, w.failed, w.solved])).toEqual([
      ['graphs', 2, 0],
      ['hashing', 1, 2],
    ])
  })
})
