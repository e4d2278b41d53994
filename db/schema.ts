import { sql } from 'drizzle-orm'
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'

// Times are integer milliseconds since the epoch; JSON columns hold arrays/objects written by the models.
const createdAt = () =>
  integer('created_at')
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`)

export type Role = 'candidate' | 'mentor' | 'admin'

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').$type<Role>().notNull().default('candidate'),
  createdAt: createdAt(),
  passwordChangedAt: integer('password_changed_at'),
})

export const sessions = sqliteTable(
  'sessions',
  {
    // sha256 of the cookie token: a leaked database does not leak live sessions.
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

export const invites = sqliteTable('invites', {
  code: text('code').primaryKey(),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  expiresAt: integer('expires_at').notNull(),
  usedBy: integer('used_by').references(() => users.id, { onDelete: 'set null' }),
  usedAt: integer('used_at'),
})

/**
 * A track: bundled (a YAML file of problems/tracks/, written by the content sync) or authored in the
 * browser (its YAML kept in `yaml`, in the same format). An authored track may be private to one group.
 */
export const tracks = sqliteTable('tracks', {
  slug: text('slug').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull().default([]),
  position: integer('position').notNull().default(0),
  contentHash: text('content_hash').notNull(),
  updatedAt: integer('updated_at').notNull(),
  source: text('source').$type<'bundled' | 'authored'>().notNull().default('bundled'),
  authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
  /** The authored track's file, exactly as `problems/tracks/<slug>.yaml` would hold it. */
  yaml: text('yaml'),
  /** Only this group's members see the track; null: everyone. */
  groupId: integer('group_id').references((): AnySQLiteColumn => groups.id),
})

export const trackModules = sqliteTable(
  'track_modules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trackSlug: text('track_slug')
      .notNull()
      .references(() => tracks.slug, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    requires: text('requires', { mode: 'json' }).$type<string[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('track_modules_slug_idx').on(t.trackSlug, t.slug)],
)

export const trackItems = sqliteTable(
  'track_items',
  {
    moduleId: integer('module_id')
      .notNull()
      .references(() => trackModules.id, { onDelete: 'cascade' }),
    problemSlug: text('problem_slug').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.problemSlug] })],
)

/** broken: the files stopped loading (the last good version is still served); removed: the folder is gone. */
export type ProblemStatus = 'published' | 'broken' | 'removed'

export const problems = sqliteTable('problems', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  difficulty: text('difficulty').notNull(),
  tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull().default([]),
  source: text('source').$type<'bundled' | 'authored'>().notNull().default('bundled'),
  sourcePath: text('source_path'),
  status: text('status').$type<ProblemStatus>().notNull().default('published'),
  /** The sentence shown to admins when the files no longer load. */
  statusMessage: text('status_message'),
  currentVersionId: integer('current_version_id'),
  createdAt: createdAt(),
  updatedAt: integer('updated_at').notNull(),
  /** Only this group's members see, solve or are assigned the problem; null: everyone. */
  groupId: integer('group_id').references((): AnySQLiteColumn => groups.id),
})

export const problemVersions = sqliteTable(
  'problem_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    /** The whole loaded problem (statement, starter, reference, tests, hints, editorial...). */
    content: text('content', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    statementHtml: text('statement_html').notNull(),
    /** Judge-ready tests with budgets and generated inputs' expected values; null until prepared. */
    prepared: text('prepared', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    /** The visible tests of `prepared` (with budgets), small enough to send to a browser for "Run". */
    runnable: text('runnable', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    referenceCost: integer('reference_cost'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('problem_versions_idx').on(t.problemId, t.version)],
)

/** Every test id a problem has ever used; a retired id can never come back. */
export const problemTestIds = sqliteTable(
  'problem_test_ids',
  {
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    testId: integer('test_id').notNull(),
    firstVersion: integer('first_version').notNull(),
    retiredInVersion: integer('retired_in_version'),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.testId] })],
)

export type SubmissionStatus = 'queued' | 'running' | 'done' | 'failed'
export type SubmissionMode = 'practice' | 'review'

export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    problemVersionId: integer('problem_version_id')
      .notNull()
      .references(() => problemVersions.id),
    language: text('language').$type<'typescript' | 'javascript'>().notNull(),
    code: text('code').notNull(),
    status: text('status').$type<SubmissionStatus>().notNull().default('queued'),
    verdict: text('verdict'),
    cost: integer('cost'),
    timeMs: integer('time_ms'),
    message: text('message'),
    /** `review`: a re-solve from a blank starter, started from the review queue. */
    mode: text('mode').$type<SubmissionMode>().notNull().default('practice'),
    /** The whole result for kinds whose results are not per-test rows (a simulator run: verdict, explanation, stats, trace). */
    result: text('result', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    createdAt: createdAt(),
    judgedAt: integer('judged_at'),
  },
  (t) => [
    index('submissions_user_created_idx').on(t.userId, t.createdAt),
    index('submissions_user_problem_idx').on(t.userId, t.problemId),
    index('submissions_status_idx').on(t.status),
  ],
)

export const testResults = sqliteTable(
  'test_results',
  {
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    testId: integer('test_id').notNull(),
    position: integer('position').notNull(),
    status: text('status').notNull(),
    cost: integer('cost').notNull(),
    budget: integer('budget'),
    wallMs: integer('wall_ms').notNull(),
    output: text('output').notNull().default(''),
    message: text('message'),
    /** input/expected/actual, only for visible tests. */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.testId] })],
)

const userRef = () =>
  integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' })
const problemRef = () =>
  integer('problem_id')
    .notNull()
    .references(() => problems.id, { onDelete: 'cascade' })

/** The editor's content per user and problem, autosaved so it follows the candidate across devices. */
export const drafts = sqliteTable(
  'drafts',
  {
    userId: userRef(),
    problemId: problemRef(),
    language: text('language').$type<'typescript' | 'javascript'>().notNull(),
    code: text('code').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.problemId] })],
)

/** Each hint a candidate chose to reveal, in order (hint 1 before hint 2). */
export const hintReveals = sqliteTable(
  'hint_reveals',
  {
    userId: userRef(),
    problemId: problemRef(),
    hintNumber: integer('hint_number').notNull(),
    revealedAt: integer('revealed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.problemId, t.hintNumber] })],
)

/** An explicit "give up": unlocks the editorial without an accepted submission. */
export const giveUps = sqliteTable(
  'give_ups',
  {
    userId: userRef(),
    problemId: problemRef(),
    gaveUpAt: integer('gave_up_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.problemId] })],
)

/** One ts-fsrs card per solved problem; columns mirror ts-fsrs's `Card` (times in ms). */
export const reviewCards = sqliteTable(
  'review_cards',
  {
    userId: userRef(),
    problemId: problemRef(),
    due: integer('due').notNull(),
    stability: real('stability').notNull(),
    difficulty: real('difficulty').notNull(),
    elapsedDays: integer('elapsed_days').notNull(),
    scheduledDays: integer('scheduled_days').notNull(),
    learningSteps: integer('learning_steps').notNull(),
    reps: integer('reps').notNull(),
    lapses: integer('lapses').notNull(),
    state: integer('state').notNull(),
    lastReview: integer('last_review'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.problemId] }), index('review_cards_due_idx').on(t.userId, t.due)],
)

export type ReviewRating = 'again' | 'hard' | 'good' | 'easy'

export const reviewLogs = sqliteTable(
  'review_logs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: userRef(),
    problemId: problemRef(),
    submissionId: integer('submission_id').references(() => submissions.id, { onDelete: 'set null' }),
    rating: text('rating').$type<ReviewRating>().notNull(),
    /** When the card was due at the time of this review, and when it is due next. */
    wasDue: integer('was_due').notNull(),
    nextDue: integer('next_due').notNull(),
    reviewedAt: integer('reviewed_at').notNull(),
  },
  (t) => [index('review_logs_user_idx').on(t.userId, t.reviewedAt)],
)

export type PlanSource = 'role' | 'posting'

/** The candidate's study plan: from a role, or from a pasted job posting (kept to show the matches again). */
export const plans = sqliteTable('plans', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  source: text('source').$type<PlanSource>().notNull(),
  role: text('role'),
  posting: text('posting'),
  plan: text('plan', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  updatedAt: integer('updated_at').notNull(),
})

export type AttemptStatus = 'active' | 'ended'

/**
 * One play of an incident scenario. The engine's state is a pure function of the scenario version, the
 * seed and the actions, so that is all that is stored; the score and debrief are kept once it ends.
 */
export const incidentAttempts = sqliteTable(
  'incident_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: userRef(),
    problemId: problemRef(),
    problemVersionId: integer('problem_version_id')
      .notNull()
      .references(() => problemVersions.id),
    seed: integer('seed').notNull(),
    actions: text('actions', { mode: 'json' }).$type<unknown[]>().notNull().default([]),
    status: text('status').$type<AttemptStatus>().notNull().default('active'),
    score: integer('score'),
    debrief: text('debrief', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    postmortem: text('postmortem'),
    postmortemAt: integer('postmortem_at'),
    startedAt: createdAt(),
    endedAt: integer('ended_at'),
  },
  (t) => [index('incident_attempts_user_idx').on(t.userId, t.problemId)],
)

export type DesignAnswerStatus = 'draft' | 'submitted'

/** A candidate's structured answer to a design prompt; revisions overwrite it and count up. */
export const designAnswers = sqliteTable(
  'design_answers',
  {
    userId: userRef(),
    problemId: problemRef(),
    problemVersionId: integer('problem_version_id')
      .notNull()
      .references(() => problemVersions.id),
    /** Section id → the candidate's Markdown. */
    sections: text('sections', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    /** Estimate id → what the candidate typed ("12k writes/s"). */
    estimates: text('estimates', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    /** Criterion id → 0 | 1 | 2, the candidate's self-assessment after submitting. */
    rubric: text('rubric', { mode: 'json' }).$type<Record<string, number> | null>(),
    rubricScore: real('rubric_score'),
    status: text('status').$type<DesignAnswerStatus>().notNull().default('draft'),
    revision: integer('revision').notNull().default(0),
    timerStartedAt: integer('timer_started_at'),
    submittedAt: integer('submitted_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.problemId] })],
)

/** Every answer to a concept-check question (right or wrong); wrong ones enter the review queue. */
export const quizAnswers = sqliteTable(
  'quiz_answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: userRef(),
    problemId: problemRef(),
    problemVersionId: integer('problem_version_id')
      .notNull()
      .references(() => problemVersions.id),
    response: text('response', { mode: 'json' }).$type<unknown>().notNull(),
    correct: integer('correct', { mode: 'boolean' }).notNull(),
    answeredAt: integer('answered_at').notNull(),
  },
  (t) => [index('quiz_answers_user_idx').on(t.userId, t.problemId)],
)

export type GroupRole = 'member' | 'mentor'

/** A study group: members practise, mentors assign work and review it. */
export const groups = sqliteTable('groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
})

export const groupMembers = sqliteTable(
  'group_members',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: userRef(),
    role: text('role').$type<GroupRole>().notNull().default('member'),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId)],
)

/** Join codes (also used in links); each expires and can be revoked. */
export const groupInvites = sqliteTable('group_invites', {
  code: text('code').primaryKey(),
  groupId: integer('group_id')
    .notNull()
    .references(() => groups.id, { onDelete: 'cascade' }),
  role: text('role').$type<GroupRole>().notNull().default('member'),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: integer('expires_at').notNull(),
  revokedAt: integer('revoked_at'),
  createdAt: createdAt(),
})

export type AssignmentTarget = 'problem' | 'module' | 'track'

/** Work a mentor sets for the group: one problem, a track module (`track/module`) or a whole track, with a due date. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    target: text('target').$type<AssignmentTarget>().notNull(),
    ref: text('ref').notNull(),
    dueAt: integer('due_at').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('assignments_group_idx').on(t.groupId)],
)

export type ReviewItemType = 'submission' | 'design' | 'incident'
export type ReviewRequestStatus = 'open' | 'done'

/**
 * A candidate asks the mentors of one of their groups to review a submission, a design answer (item id =
 * problem id) or an incident attempt's postmortem. The mentor's rubric and summary close it.
 */
export const reviewRequests = sqliteTable(
  'review_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: userRef(),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    itemType: text('item_type').$type<ReviewItemType>().notNull(),
    itemId: integer('item_id').notNull(),
    note: text('note').notNull().default(''),
    status: text('status').$type<ReviewRequestStatus>().notNull().default('open'),
    reviewerId: integer('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    rubric: text('rubric', { mode: 'json' }).$type<Record<string, number> | null>(),
    summary: text('summary'),
    createdAt: createdAt(),
    doneAt: integer('done_at'),
    /** When the candidate saw the finished review (null: a notice is waiting). */
    seenAt: integer('seen_at'),
  },
  (t) => [index('review_requests_group_idx').on(t.groupId, t.status), index('review_requests_user_idx').on(t.userId)],
)

/** A mentor's comment on a review request, on one line of the code or on the whole item. */
export const reviewComments = sqliteTable('review_comments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  requestId: integer('request_id')
    .notNull()
    .references(() => reviewRequests.id, { onDelete: 'cascade' }),
  authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
  line: integer('line'),
  body: text('body').notNull(),
  createdAt: createdAt(),
})

export type AuthoredValidation = {
  ok: boolean
  /** sha256 of the files that were validated: Publish needs it to equal the saved files' hash. */
  filesHash: string
  at: number
  /** Every error and warning, with the file of the form it concerns (`''` when it belongs to none). */
  errors: { file: string; line: number; column?: number; message: string }[]
  warnings: { file: string; line: number; column?: number; message: string }[]
  summary: string
}

/**
 * A problem written in the browser: its files exactly as a folder of problems/ holds them (path → text).
 * Private until published; publishing makes a `problems` row (source 'authored') and a new version.
 */
export const authoredProblems = sqliteTable(
  'authored_problems',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The grouping folder a published version reports as its area (like `algorithms/`). */
    area: text('area').notNull(),
    files: text('files', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    /** The last validation of the saved files (or of earlier ones: compare `filesHash`). */
    validation: text('validation', { mode: 'json' }).$type<AuthoredValidation | null>(),
    problemId: integer('problem_id').references(() => problems.id, { onDelete: 'set null' }),
    /** The group the published problem is private to (copied to `problems.group_id`); null: public. */
    groupId: integer('group_id').references((): AnySQLiteColumn => groups.id),
    createdAt: createdAt(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('authored_problems_author_idx').on(t.authorId)],
)

/** Every publish of an authored problem: the files it published and the problem version it made. */
export const authoredVersions = sqliteTable(
  'authored_versions',
  {
    authoredId: integer('authored_id')
      .notNull()
      .references(() => authoredProblems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    files: text('files', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    problemVersionId: integer('problem_version_id')
      .notNull()
      .references(() => problemVersions.id),
    publishedAt: integer('published_at').notNull(),
    publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.authoredId, t.version] })],
)

/**
 * An authored problem placed in a module of a bundled track. Keyed by slugs, not module ids: a track's
 * modules are rebuilt whenever its YAML changes. getTrack lists these after the module's YAML items.
 */
export const trackPlacements = sqliteTable(
  'track_placements',
  {
    problemId: integer('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    trackSlug: text('track_slug').notNull(),
    moduleSlug: text('module_slug').notNull(),
    position: integer('position').notNull(),
    addedBy: integer('added_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.trackSlug] }), index('track_placements_module_idx').on(t.trackSlug, t.moduleSlug)],
)
