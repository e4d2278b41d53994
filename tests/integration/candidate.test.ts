import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '~/content/loader'
import { copyFixture } from '~/content/test-fixtures'
import { syncContent } from '~/models/content.server'
import { getPlan, getPlanCatalog, savePlan } from '~/models/plans.server'
import { getProblemStates, getProgressOverview, getTrackProgress } from '~/models/progress.server'
import { countDueReviews, listReviews, rateReview, ReviewNotDueError } from '~/models/reviews.server'
import { createSubmission, recordVerdict } from '~/models/submissions.server'
import { createUser } from '~/models/users.server'
import { countRevealedHints, deleteDraft, getDraft, getEditorialAccess, recordGiveUp, revealNextHint, saveDraft } from '~/models/workspace.server'
import { getProblemForCandidate } from '~/models/problems.server'
import { analyzePosting } from '~/plan/matcher'
import { type JudgeResult } from '~/judge/types'

const fixture = copyFixture()
afterAll(() => fixture.remove())

let userId = 0
let otherId = 0
let problemId = 0
const day = 86_400_000

beforeAll(async () => {
  await syncContent({ content: loadContent({ root: fixture.root }) })
  userId = (await createUser({ email: 'c@example.com', password: 'long enough pass', displayName: 'C' })).id
  otherId = (await createUser({ email: 'd@example.com', password: 'long enough pass', displayName: 'D' })).id
  problemId = getProblemForCandidate({ slug: 'has-duplicate', audience: { userId: null } })!.id
})

function judge(user: number, verdict: JudgeResult['verdict'], slug = 'has-duplicate', mode: 'practice' | 'review' = 'practice') {
  const created = createSubmission({ userId: user, slug, code: 'function x() {}', language: 'javascript', mode })!
  recordVerdict({ id: created.id, result: { verdict, cost: 10, timeMs: 1, tests: [] }, visibleTestIds: new Set() })
  return created.id
}

describe('the candidate workspace', () => {
  it('keeps one draft per user and problem, replaced by newer saves and removed by reset', () => {
    saveDraft({ userId, problemId, code: 'first', language: 'typescript', now: 1 })
    saveDraft({ userId, problemId, code: 'second', language: 'javascript', now: 2 })
    expect(getDraft({ userId, problemId })).toEqual({ code: 'second', language: 'javascript', updatedAt: 2 })
    expect(getDraft({ userId: otherId, problemId })).toBeUndefined()
    deleteDraft({ userId, problemId })
    expect(getDraft({ userId, problemId })).toBeUndefined()
  })

  it('records each hint reveal in order and never past the last hint', () => {
    expect(revealNextHint({ userId, problemId, available: 2, now: 10 })).toBe(1)
    expect(revealNextHint({ userId, problemId, available: 2, now: 11 })).toBe(2)
    expect(revealNextHint({ userId, problemId, available: 2, now: 12 })).toBe(2)
    expect(countRevealedHints({ userId, problemId })).toBe(2)
    expect(countRevealedHints({ userId: otherId, problemId })).toBe(0)
  })

  it('opens the editorial after an accepted submission or a give-up, and not before', () => {
    expect(getEditorialAccess({ userId: otherId, problemId })).toBeNull()
    judge(otherId, 'wrong_answer')
    expect(getEditorialAccess({ userId: otherId, problemId })).toBeNull()
    recordGiveUp({ userId: otherId, problemId, now: 5 })
    expect(getEditorialAccess({ userId: otherId, problemId })).toBe('gave_up')
  })
})

describe('progress and review', () => {
  it('schedules an accepted problem for review in the verdict transaction, once', () => {
    judge(userId, 'wrong_answer')
    expect(getProblemStates({ userId, now: Date.now() }).get(problemId)).toBe('attempted')
    expect(listReviews({ userId, now: Date.now() }).upcoming).toEqual([])
    judge(userId, 'accepted')
    judge(userId, 'accepted')
    const { due, upcoming } = listReviews({ userId, now: Date.now() })
    expect(due).toEqual([])
    expect(upcoming.map((r) => r.slug)).toEqual(['has-duplicate'])
    expect(upcoming[0]!.due).toBeGreaterThan(Date.now() + day)
    expect(getEditorialAccess({ userId, problemId })).toBe('accepted')
    expect(getProblemStates({ userId, now: Date.now() }).get(problemId)).toBe('solved')
  })

  it('refuses a rating before the problem is due, then reschedules it further out after a good recall', () => {
    expect(() => rateReview({ userId, slug: 'has-duplicate', rating: 'good', now: Date.now() })).toThrow(ReviewNotDueError)
    expect(() => rateReview({ userId, slug: 'running-total', rating: 'good', now: Date.now() })).toThrow(/solve it first/)
    const firstInterval = listReviews({ userId, now: Date.now() }).upcoming[0]!.due - Date.now()
    const firstDue = Date.now() + firstInterval
    const later = firstDue + day
    expect(countDueReviews({ userId, now: later })).toBe(1)
    expect(getProblemStates({ userId, now: later }).get(problemId)).toBe('due')
    const submissionId = judge(userId, 'accepted', 'has-duplicate', 'review')
    const { nextDue } = rateReview({ userId, slug: 'has-duplicate', rating: 'good', now: later, submissionId })
    // A successful recall stretches the interval: the next gap is longer than the first one.
    expect(nextDue - later).toBeGreaterThan(firstInterval)
    expect(countDueReviews({ userId, now: later })).toBe(0)
  })

  it('brings an "again" back sooner than a "good"', () => {
    const now = Date.now()
    const solvedBy = judge(otherId, 'accepted')
    expect(solvedBy).toBeGreaterThan(0)
    const due = listReviews({ userId: otherId, now }).upcoming[0]!.due
    const { nextDue: again } = rateReview({ userId: otherId, slug: 'has-duplicate', rating: 'again', now: due })
    expect(again - due).toBeLessThan(2 * day)
  })

  it('reports track completion, difficulty and streak from judged submissions', () => {
    const track = getTrackProgress({ slug: 'basics', userId, now: Date.now() })!
    expect(track.solved).toBe(1)
    expect(track.total).toBe(2)
    const overview = getProgressOverview({ userId, now: Date.now() })
    expect(overview.solvedCount).toBe(1)
    expect(overview.streak).toBe(1)
    expect(overview.recent.length).toBeGreaterThan(0)
    expect(getTrackProgress({ slug: 'basics', userId: null, now: Date.now() })!.modules.flatMap((m) => m.items.map((i) => i.state))).toEqual(['new', 'new'])
  })
})

describe('plans', () => {
  it('saves one plan per account, replaced by the next', () => {
    const catalog = getPlanCatalog()
    expect(catalog.map((t) => t.slug)).toEqual(['basics'])
    const analysis = analyzePosting({ posting: 'We need strong algorithms and data structures skills.\nYou enjoy pottery.', catalog })
    const { plan, ...rest } = analysis
    savePlan({ userId, source: 'posting', posting: 'text', plan, analysis: rest, now: 1 })
    expect(getPlan({ userId })!.plan.tracks).toEqual([])
    savePlan({ userId, source: 'role', role: 'sre', plan: { tracks: [{ slug: 'basics', title: 'Basics', modules: [] }] }, now: 2 })
    const saved = getPlan({ userId })!
    expect(saved.source).toBe('role')
    expect(saved.plan.tracks.map((t) => t.slug)).toEqual(['basics'])
    expect(getPlan({ userId: otherId })).toBeUndefined()
  })
})
