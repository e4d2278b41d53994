import crypto from 'node:crypto'
import { and, eq, isNull, notInArray, sql } from 'drizzle-orm'
import {
  problemTestIds,
  problemVersions,
  problems,
  trackItems,
  trackModules,
  tracks,
} from '#db/schema'
import { formatContentError, type ContentError } from '~/content/errors'
import { type LoadedContent } from '~/content/loader'
import { type Problem, type Track } from '~/content/types'
import { renderMarkdown } from '~/utils/markdown.server'
import { getDatabase } from './db.server'

export interface SyncReport {
  created: string[]
  updated: { slug: string; version: number }[]
  unchanged: number
  broken: { slug: string; message: string }[]
  removed: string[]
  tracksChanged: string[]
  /** Errors that belong to no single problem (a bad track file, an unreadable folder). */
  otherErrors: string[]
}

function trackHash(track: Track, position: number) {
  const { file: _file, ...rest } = track
  return crypto.createHash('sha256').update(JSON.stringify({ ...rest, position })).digest('hex')
}

/** What a version stores of a problem: everything but local paths, which differ between machines. */
function storedContent(problem: Problem): Record<string, unknown> {
  const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest
  if (problem.kind === 'sim') {
    return {
      ...problem,
      dir: undefined,
      starter: strip(problem.starter),
      solution: strip(problem.solution),
      wrongSolutions: problem.wrongSolutions.map(strip),
    }
  }
  // Other kinds store their parsed files (a scenario and its paths, a design spec, a question) as they are.
  if (problem.kind !== 'code') return { ...problem, dir: undefined }
  return {
    ...problem,
    dir: undefined,
    starter: strip(problem.starter),
    solution: strip(problem.solution),
    checker: problem.checker ? strip(problem.checker) : undefined,
    wrongSolutions: problem.wrongSolutions.map(strip),
  }
}

/**
 * Brings SQLite in line with the content files. A problem whose files changed gets a new version
 * (submissions keep theirs); a test id that a version dropped is retired and may never return; a problem
 * whose files no longer load keeps its last good version and is flagged; unchanged content writes nothing.
 */
export async function syncContent({ content, now = Date.now() }: { content: LoadedContent; now?: number }): Promise<SyncReport> {
  const { sqlite, db } = getDatabase()
  const report: SyncReport = { created: [], updated: [], unchanged: 0, broken: [], removed: [], tracksChanged: [], otherErrors: [] }

  const existing = new Map(
    db
      .select({
        id: problems.id,
        slug: problems.slug,
        status: problems.status,
        statusMessage: problems.statusMessage,
        hash: problemVersions.contentHash,
        version: problemVersions.version,
      })
      .from(problems)
      .leftJoin(problemVersions, eq(problemVersions.id, problems.currentVersionId))
      .where(eq(problems.source, 'bundled'))
      .all()
      .map((row) => [row.slug, row]),
  )

  // A mentor may have published a problem under a slug that bundled content only later took: the
  // authored one keeps it, and the bundled one is reported instead of stopping start-up.
  const authored = new Set(
    db.select({ slug: problems.slug }).from(problems).where(eq(problems.source, 'authored')).all().map((row) => row.slug),
  )
  const clashing = content.problems.filter((p) => authored.has(p.slug))
  for (const p of clashing) report.otherErrors.push(`${p.area}/${p.slug}: skipped, a problem authored in the browser already uses the slug "${p.slug}"; rename one of them`)
  content = { ...content, problems: content.problems.filter((p) => !authored.has(p.slug)) }

  // Rendering is async, so do it before the synchronous write transaction.
  const changed = content.problems.filter((p) => existing.get(p.slug)?.hash !== p.hash)
  const rendered = new Map<string, string>()
  for (const problem of changed) rendered.set(problem.slug, (await renderMarkdown(problem.statement)).html)

  const errorsBySlug = new Map<string, ContentError[]>()
  for (const error of content.errors) {
    if (error.slug) errorsBySlug.set(error.slug, [...(errorsBySlug.get(error.slug) ?? []), error])
    else report.otherErrors.push(formatContentError(error))
  }

  sqlite
    .transaction(() => {
      for (const problem of content.problems) {
        const row = existing.get(problem.slug)
        if (row && row.hash === problem.hash) {
          if (row.status !== 'published') {
            db.update(problems).set({ status: 'published', statusMessage: null, updatedAt: now }).where(eq(problems.id, row.id)).run()
          } else {
            report.unchanged++
          }
          continue
        }
        const upserted = upsertProblemVersion({
          problem,
          source: 'bundled',
          sourcePath: `${problem.area}/${problem.slug}`,
          existing: row,
          statementHtml: rendered.get(problem.slug)!,
          now,
        })
        if (upserted.status === 'refused') {
          db.update(problems).set({ status: 'broken', statusMessage: upserted.message, updatedAt: now }).where(eq(problems.id, upserted.problemId)).run()
          report.broken.push({ slug: problem.slug, message: upserted.message })
          continue
        }
        const { version } = upserted
        if (row) report.updated.push({ slug: problem.slug, version })
        else report.created.push(problem.slug)
      }

      const loaded = new Set(content.problems.map((p) => p.slug))
      for (const [slug, row] of existing) {
        if (loaded.has(slug)) continue
        const errors = errorsBySlug.get(slug)
        const status = errors ? 'broken' : 'removed'
        const message = errors
          ? errors.map((e) => formatContentError(e)).join('\n')
          : 'The problem folder is gone; its submissions are kept.'
        if (row.status === status && row.statusMessage === message) continue
        db.update(problems).set({ status, statusMessage: message, updatedAt: now }).where(eq(problems.id, row.id)).run()
        if (errors) report.broken.push({ slug, message })
        else report.removed.push(slug)
      }
      for (const [slug, errors] of errorsBySlug) {
        if (!existing.has(slug) && !loaded.has(slug)) {
          report.broken.push({ slug, message: errors.map((e) => formatContentError(e)).join('\n') })
        }
      }

      syncTracks({ tracks: content.tracks, now, report })
    })
    .immediate()
  return report
}

export type UpsertedProblemVersion =
  | { status: 'created' | 'updated'; problemId: number; versionId: number; version: number }
  | { status: 'refused'; problemId: number; message: string }

/**
 * Writes one loaded problem as the next version of its `problems` row (created when `existing` is absent),
 * with its test ids; refuses, writing no version, when a test id retired by an earlier version comes back.
 * Runs inside the caller's transaction; shared by the content sync and by publishing authored problems.
 */
export function upsertProblemVersion({
  problem,
  source,
  sourcePath,
  existing,
  statementHtml,
  now,
}: {
  problem: Problem
  source: 'bundled' | 'authored'
  sourcePath: string
  existing?: { id: number; version: number | null }
  statementHtml: string
  now: number
}): UpsertedProblemVersion {
  const { db } = getDatabase()
  const problemId =
    existing?.id ??
    db
      .insert(problems)
      .values({
        slug: problem.slug,
        kind: problem.kind,
        title: problem.frontmatter.title,
        difficulty: problem.frontmatter.difficulty,
        tags: problem.frontmatter.tags,
        roles: problem.frontmatter.roles,
        source,
        sourcePath,
        updatedAt: now,
      })
      .returning({ id: problems.id })
      .get().id

  const testIds = problem.kind === 'code' ? problem.tests.map((t) => t.id) : []
  const message = describeReusedTestIds({ problemId, testIds })
  if (message) return { status: 'refused', problemId, message }

  const version = (existing?.version ?? 0) + 1
  const versionId = db
    .insert(problemVersions)
    .values({
      problemId,
      version,
      contentHash: problem.hash,
      content: storedContent(problem),
      statementHtml,
      createdAt: now,
    })
    .returning({ id: problemVersions.id })
    .get().id
  recordTestIds({ problemId, version, testIds })
  db.update(problems)
    .set({
      kind: problem.kind,
      title: problem.frontmatter.title,
      difficulty: problem.frontmatter.difficulty,
      tags: problem.frontmatter.tags,
      roles: problem.frontmatter.roles,
      status: 'published',
      statusMessage: null,
      currentVersionId: versionId,
      updatedAt: now,
    })
    .where(eq(problems.id, problemId))
    .run()
  return { status: existing ? 'updated' : 'created', problemId, versionId, version }
}

/** Why these test ids cannot be the problem's next version (an earlier version retired some), or undefined. */
export function describeReusedTestIds({ problemId, testIds }: { problemId: number; testIds: number[] }) {
  if (testIds.length === 0) return undefined
  const { db } = getDatabase()
  const reused = db
    .select({ testId: problemTestIds.testId })
    .from(problemTestIds)
    .where(and(eq(problemTestIds.problemId, problemId), sql`${problemTestIds.retiredInVersion} IS NOT NULL`))
    .all()
    .map((r) => r.testId)
    .filter((id) => testIds.includes(id))
    .sort((a, b) => a - b)
  if (reused.length === 0) return undefined
  return `test id${reused.length > 1 ? 's' : ''} ${reused.join(', ')} ${reused.length > 1 ? 'were' : 'was'} retired by an earlier version and cannot be reused; give new tests new ids`
}

function recordTestIds({ problemId, version, testIds }: { problemId: number; version: number; testIds: number[] }) {
  const { db } = getDatabase()
  for (const testId of testIds) {
    db.insert(problemTestIds).values({ problemId, testId, firstVersion: version }).onConflictDoNothing().run()
  }
  db.update(problemTestIds)
    .set({ retiredInVersion: version })
    .where(
      and(
        eq(problemTestIds.problemId, problemId),
        isNull(problemTestIds.retiredInVersion),
        testIds.length ? notInArray(problemTestIds.testId, testIds) : undefined,
      ),
    )
    .run()
}

function syncTracks({ tracks: loaded, now, report }: { tracks: Track[]; now: number; report: SyncReport }) {
  const { db } = getDatabase()
  const rows = db.select({ slug: tracks.slug, hash: tracks.contentHash, source: tracks.source }).from(tracks).all()
  const current = new Map(rows.filter((t) => t.source === 'bundled').map((t) => [t.slug, t.hash]))
  // A track authored in the browser keeps its slug if a bundled file later takes it, like problems do.
  const authored = new Set(rows.filter((t) => t.source === 'authored').map((t) => t.slug))
  loaded.forEach((track, position) => {
    if (authored.has(track.slug)) {
      report.otherErrors.push(`tracks/${track.slug}.yaml: skipped, a track authored in the browser already uses the slug "${track.slug}"; rename one of them`)
      return
    }
    const hash = trackHash(track, position)
    if (current.get(track.slug) === hash) return
    report.tracksChanged.push(track.slug)
    writeTrack({ track, position, hash, now })
  })
}

/**
 * Writes a track and rebuilds its modules and items (inside the caller's transaction). Bundled tracks come
 * from the sync; authored ones carry their author, their YAML and the group they are private to.
 */
export function writeTrack({
  track,
  position,
  hash,
  now,
  authored,
}: {
  track: Pick<Track, 'slug' | 'title' | 'description' | 'roles' | 'modules'>
  position: number
  hash: string
  now: number
  authored?: { authorId: number; yaml: string; groupId: number | null }
}) {
  const { db } = getDatabase()
  const values = {
    title: track.title,
    description: track.description,
    roles: track.roles,
    position,
    contentHash: hash,
    updatedAt: now,
    source: authored ? ('authored' as const) : ('bundled' as const),
    authorId: authored?.authorId ?? null,
    yaml: authored?.yaml ?? null,
    groupId: authored?.groupId ?? null,
  }
  db.insert(tracks)
    .values({ slug: track.slug, ...values })
    .onConflictDoUpdate({ target: tracks.slug, set: values })
    .run()
  db.delete(trackModules).where(eq(trackModules.trackSlug, track.slug)).run()
  track.modules.forEach((module, modulePosition) => {
    const moduleId = db
      .insert(trackModules)
      .values({ trackSlug: track.slug, slug: module.slug, title: module.title, position: modulePosition, requires: module.requires })
      .returning({ id: trackModules.id })
      .get().id
    module.items.forEach((problemSlug, itemPosition) => {
      db.insert(trackItems).values({ moduleId, problemSlug, position: itemPosition }).run()
    })
  })
}

/** Total rows changed on this connection so far: lets tests prove that an unchanged sync writes nothing. */
export function countDatabaseChanges() {
  return (getDatabase().sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n
}
