import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm'
import { problemVersions, problems, trackItems, trackModules, trackPlacements, tracks } from '#db/schema'
import { toJudgeProblem, visibleOnly } from '~/content/prepare'
import { type Problem, type SimProblem } from '~/content/types'
import { type JudgeProblem } from '~/judge/types'
import { getDb } from './db.server'
import { problemVisibleTo, trackVisibleTo, type Audience } from './visibility.server'

/** What a candidate may see of a problem: never the reference, wrong solutions, hidden tests or checker. */
export function getProblemForCandidate({ slug, audience }: { slug: string; audience: Audience }) {
  const row = getDb()
    .select({
      id: problems.id,
      slug: problems.slug,
      kind: problems.kind,
      title: problems.title,
      difficulty: problems.difficulty,
      tags: problems.tags,
      roles: problems.roles,
      status: problems.status,
      versionId: problemVersions.id,
      version: problemVersions.version,
      statementHtml: problemVersions.statementHtml,
      content: problemVersions.content,
      runnable: problemVersions.runnable,
    })
    .from(problems)
    .innerJoin(problemVersions, eq(problemVersions.id, problems.currentVersionId))
    .where(and(eq(problems.slug, slug), ne(problems.status, 'removed'), problemVisibleTo(audience)))
    .get()
  if (!row) return undefined
  const content = row.content as unknown as Problem
  // This serves the code editor page; incident problems are played through the incident engine instead.
  if (content.kind !== 'code') return undefined
  const { content: _content, runnable, ...rest } = row
  // Until the version is prepared (budgets calibrated), Run uses the visible tests as written, unbudgeted.
  const judgeProblem =
    (runnable as JudgeProblem | null) ??
    toJudgeProblem({
      problem: content,
      tests: content.tests
        .filter((t) => t.visible && t.generate === undefined)
        .map((t) => ({ id: t.id, name: t.name, visible: true, args: t.args, ops: t.ops, expected: t.expected })),
    })
  return {
    ...rest,
    signature: content.frontmatter.signature,
    entry: content.frontmatter.entry,
    harness: content.frontmatter.harness,
    starter: content.starter.code,
    hintCount: content.hints.length,
    /** The visible tests with the server's budgets, for "Run" in the browser; null until prepared. */
    runnable: content.frontmatter.comparator !== 'checker' ? visibleOnly(judgeProblem) : null,
    visibleTests: content.tests
      .filter((t) => t.visible)
      .map((t) => ({ id: t.id, name: t.name ?? `Test ${t.id}`, args: t.args, ops: t.ops, expected: t.expected })),
  }
}

/**
 * A sim problem's current version with its stored content. Server-only: the content holds the reference
 * and the wrong solutions, which the route must not send to the browser.
 */
export function getSimProblem({ slug, audience }: { slug: string; audience: Audience }) {
  const row = getDb()
    .select({
      id: problems.id,
      slug: problems.slug,
      title: problems.title,
      difficulty: problems.difficulty,
      tags: problems.tags,
      status: problems.status,
      versionId: problemVersions.id,
      statementHtml: problemVersions.statementHtml,
      content: problemVersions.content,
    })
    .from(problems)
    .innerJoin(problemVersions, eq(problemVersions.id, problems.currentVersionId))
    .where(and(eq(problems.slug, slug), eq(problems.kind, 'sim'), ne(problems.status, 'removed'), problemVisibleTo(audience)))
    .get()
  if (!row) return undefined
  const { content, ...rest } = row
  return { ...rest, content: content as unknown as SimProblem }
}

/** The stored content of a problem version (server-side: judging, preparation). */
export function getProblemVersion({ versionId }: { versionId: number }) {
  const row = getDb()
    .select({ id: problemVersions.id, problemId: problemVersions.problemId, slug: problems.slug, content: problemVersions.content, prepared: problemVersions.prepared })
    .from(problemVersions)
    .innerJoin(problems, eq(problems.id, problemVersions.problemId))
    .where(eq(problemVersions.id, versionId))
    .get()
  if (!row) return undefined
  return { ...row, content: row.content as unknown as Problem }
}

/**
 * Stores the judge-ready form of a version (budgets, generated expected values; megabytes for big
 * generated tests) and, separately, its small visible part for "Run". Done once per version.
 */
export function savePreparedVersion({
  versionId,
  judgeProblem,
  referenceCost,
}: {
  versionId: number
  judgeProblem: JudgeProblem
  referenceCost: number
}) {
  getDb()
    .update(problemVersions)
    .set({
      prepared: { judgeProblem, referenceCost },
      runnable: visibleOnly(judgeProblem) as unknown as Record<string, unknown>,
      referenceCost,
    })
    .where(eq(problemVersions.id, versionId))
    .run()
}

/** Current versions that have not been prepared yet, oldest problems first. */
export function listUnpreparedVersions() {
  return getDb()
    .select({ versionId: problemVersions.id, slug: problems.slug })
    .from(problems)
    .innerJoin(problemVersions, eq(problemVersions.id, problems.currentVersionId))
    .where(and(ne(problems.status, 'removed'), eq(problems.kind, 'code'), isNull(problemVersions.prepared)))
    .orderBy(asc(problems.id))
    .all()
}

/** Problems whose files stopped loading or whose folder is gone, for the admin page. */
export function listProblemsNeedingAttention() {
  return getDb()
    .select({ slug: problems.slug, title: problems.title, status: problems.status, message: problems.statusMessage, updatedAt: problems.updatedAt })
    .from(problems)
    .where(ne(problems.status, 'published'))
    .orderBy(asc(problems.slug))
    .all()
}

/** The tracks the audience may see: bundled ones in their files' order, then authored ones by title. */
export function listTracks({ audience }: { audience: Audience }) {
  return getDb()
    .select({ slug: tracks.slug, title: tracks.title, description: tracks.description, roles: tracks.roles, groupId: tracks.groupId })
    .from(tracks)
    .where(trackVisibleTo(audience))
    .orderBy(desc(eq(tracks.source, 'bundled')), asc(tracks.position), asc(tracks.title))
    .all()
}

/** A track with its modules in order and each item's problem summary (items the audience may not see left out). */
export function getTrack({ slug, audience }: { slug: string; audience: Audience }) {
  const db = getDb()
  const track = db
    .select({ slug: tracks.slug, title: tracks.title, description: tracks.description, roles: tracks.roles, groupId: tracks.groupId })
    .from(tracks)
    .where(and(eq(tracks.slug, slug), trackVisibleTo(audience)))
    .get()
  if (!track) return undefined
  const modules = db
    .select({ id: trackModules.id, slug: trackModules.slug, title: trackModules.title, requires: trackModules.requires })
    .from(trackModules)
    .where(eq(trackModules.trackSlug, slug))
    .orderBy(asc(trackModules.position))
    .all()
  const items = modules.length
    ? db
        .select({ moduleId: trackItems.moduleId, problemId: problems.id, slug: problems.slug, title: problems.title, difficulty: problems.difficulty, kind: problems.kind, tags: problems.tags })
        .from(trackItems)
        .innerJoin(problems, eq(problems.slug, trackItems.problemSlug))
        .where(and(inArray(trackItems.moduleId, modules.map((m) => m.id)), problemVisibleTo(audience)))
        .orderBy(asc(trackItems.position))
        .all()
    : []
  // Authored problems put into this track's modules come after the module's YAML items.
  const placed = modules.length
    ? db
        .select({ moduleSlug: trackPlacements.moduleSlug, problemId: problems.id, slug: problems.slug, title: problems.title, difficulty: problems.difficulty, kind: problems.kind, tags: problems.tags })
        .from(trackPlacements)
        .innerJoin(problems, eq(problems.id, trackPlacements.problemId))
        .where(and(eq(trackPlacements.trackSlug, slug), ne(problems.status, 'removed'), problemVisibleTo(audience)))
        .orderBy(asc(trackPlacements.position), asc(trackPlacements.createdAt))
        .all()
    : []
  return {
    ...track,
    modules: modules.map((m) => {
      const own = items.filter((i) => i.moduleId === m.id)
      const listed = new Set(own.map((i) => i.problemId))
      const extra = placed.filter((p) => p.moduleSlug === m.slug && !listed.has(p.problemId)).map(({ moduleSlug: _moduleSlug, ...p }) => ({ moduleId: m.id, ...p }))
      return { ...m, items: [...own, ...extra] }
    }),
  }
}
