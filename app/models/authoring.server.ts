import path from 'node:path'
import { and, asc, desc, eq, max, ne } from 'drizzle-orm'
import {
  authoredProblems,
  authoredVersions,
  problemVersions,
  problems,
  trackItems,
  trackModules,
  trackPlacements,
  tracks,
  users,
  type AuthoredValidation,
} from '#db/schema'
import { checkProblems, type ProblemCheck } from '~/content/check'
import { listProblemFolders } from '~/content/loader'
import { type ContentJudge } from '~/content/prepare'
import { slugSchema, type harnesses, type ProblemKind } from '~/content/schema'
import { type SimJudge } from '~/content/sim'
import { type Problem, type ProblemTest } from '~/content/types'
import { getEnv } from '~/utils/env.server'
import { renderMarkdown } from '~/utils/markdown.server'
import {
  checkFileMap,
  hashFiles,
  kindFiles,
  loadAuthoredFiles,
  normaliseFiles,
  readTitle,
  toAuthoredIssues,
  withProblemFolder,
  type AuthoredIssue,
  type FileMap,
} from './authoring-files.server'
import { templateFiles } from './authoring-templates.server'
import { describeReusedTestIds, upsertProblemVersion } from './content.server'
import { AuthoringError, type Viewer } from './authoring-error.server'
import { describeVisibilityConflict, describeVisibilityRefusal } from './authored-tracks.server'
import { getDatabase, getDb } from './db.server'

export { AuthoringError, type Viewer } from './authoring-error.server'

/** Slugs the /author routes use for themselves. */
const reservedSlugs = new Set(['new', 'export', 'import', 'tracks'])

/** Why the slug cannot be used for a new authored problem, or undefined when it is free. */
export function findSlugConflict({ slug, authoredId }: { slug: string; authoredId?: number }): string | undefined {
  if (reservedSlugs.has(slug)) return `"${slug}" is reserved; choose another slug.`
  const db = getDb()
  const authored = db.select({ id: authoredProblems.id, problemId: authoredProblems.problemId }).from(authoredProblems).where(eq(authoredProblems.slug, slug)).get()
  if (authored && authored.id !== authoredId) return `Another author already has a problem "${slug}"; choose another slug.`
  const published = db.select({ id: problems.id, source: problems.source }).from(problems).where(eq(problems.slug, slug)).get()
  if (published && published.id !== authored?.problemId)
    return published.source === 'bundled' ? `"${slug}" is a bundled problem; choose another slug.` : `A published problem is already called "${slug}"; choose another slug.`
  // A bundled folder whose files do not load has no row yet, but will take the slug once it is fixed.
  const bundled = listProblemFolders({ root: path.resolve(getEnv().CONTENT_DIR) }).dirs.some((dir) => path.basename(dir) === slug)
  if (bundled) return `"${slug}" is a bundled problem; choose another slug.`
  return undefined
}

/** Creates a private draft from the template of its kind. */
export function createAuthoredProblem({
  author,
  kind,
  slug,
  title,
  area,
  harness,
  groupId = null,
  now = Date.now(),
}: {
  author: Viewer
  kind: ProblemKind
  slug: string
  title: string
  area: string
  harness?: (typeof harnesses)[number]
  /** The group the problem will be private to; null: everyone once published. */
  groupId?: number | null
  now?: number
}) {
  if (!slugSchema.safeParse(slug).success) throw new AuthoringError('A slug is lowercase words joined by -, like "two-sum".')
  const conflict = findSlugConflict({ slug })
  if (conflict) throw new AuthoringError(conflict)
  if (groupId !== null) {
    const refusal = describeVisibilityRefusal({ viewer: author, groupId })
    if (refusal) throw new AuthoringError(refusal)
  }
  const files = normaliseFiles(templateFiles({ kind, slug, title, harness }))
  return getDb()
    .insert(authoredProblems)
    .values({ slug, authorId: author.id, kind, area, files, groupId, updatedAt: now })
    .returning({ id: authoredProblems.id, slug: authoredProblems.slug })
    .get()
}

const authoredColumns = {
  id: authoredProblems.id,
  slug: authoredProblems.slug,
  kind: authoredProblems.kind,
  area: authoredProblems.area,
  files: authoredProblems.files,
  validation: authoredProblems.validation,
  problemId: authoredProblems.problemId,
  groupId: authoredProblems.groupId,
  authorId: authoredProblems.authorId,
  authorName: users.displayName,
  createdAt: authoredProblems.createdAt,
  updatedAt: authoredProblems.updatedAt,
}

export type AuthoredProblem = NonNullable<ReturnType<typeof getAuthoredProblem>>

/** The draft and its publication state, if the viewer is its author (drafts, references and hidden tests are the author's alone). */
export function getAuthoredProblem({ slug, viewer }: { slug: string; viewer: Viewer }) {
  const row = getDb().select(authoredColumns).from(authoredProblems).innerJoin(users, eq(users.id, authoredProblems.authorId)).where(eq(authoredProblems.slug, slug)).get()
  if (!row || row.authorId !== viewer.id) return undefined
  return withState(row)
}

function withState<T extends { id: number; files: FileMap; validation: AuthoredValidation | null; problemId: number | null }>(row: T) {
  const latest = getDb()
    .select({ version: authoredVersions.version, files: authoredVersions.files })
    .from(authoredVersions)
    .where(eq(authoredVersions.authoredId, row.id))
    .orderBy(desc(authoredVersions.version))
    .limit(1)
    .get()
  const filesHash = hashFiles(row.files)
  return {
    ...row,
    title: readTitle(row.files) ?? row.files['problem.md']?.slice(0, 40) ?? '',
    filesHash,
    publishedVersion: latest?.version ?? null,
    /** The saved files differ from the last published version's. */
    unpublishedChanges: latest ? hashFiles(latest.files) !== filesHash : true,
    /** The last validation is of exactly the saved files and passed: Publish may go ahead. */
    canPublish: Boolean(row.validation?.ok && row.validation.filesHash === filesHash),
    validationCurrent: row.validation?.filesHash === filesHash,
  }
}

/** The viewer's authored problems, newest edits first. */
export function listAuthoredProblems({ viewer }: { viewer: Viewer }) {
  const rows = getDb()
    .select(authoredColumns)
    .from(authoredProblems)
    .innerJoin(users, eq(users.id, authoredProblems.authorId))
    .where(eq(authoredProblems.authorId, viewer.id))
    .orderBy(desc(authoredProblems.updatedAt), desc(authoredProblems.id))
    .all()
  return rows.map((row) => {
    const { files: _files, ...state } = withState(row)
    return state
  })
}

/** Saves the editor's files as the draft; refuses unknown paths, missing required files and oversize files. */
export function saveAuthoredFiles({ authored, files, now = Date.now() }: { authored: Pick<AuthoredProblem, 'id' | 'kind'>; files: FileMap; now?: number }) {
  const normalised = normaliseFiles(files)
  const problems = checkFileMap(normalised)
  const spec = kindFiles[authored.kind as ProblemKind]
  for (const required of spec?.required ?? ['problem.md']) {
    if (!(required in normalised)) problems.push(`${required} is part of every ${authored.kind} problem and cannot be removed.`)
  }
  if (problems.length > 0) throw new AuthoringError(problems.join(' '))
  getDb().update(authoredProblems).set({ files: normalised, updatedAt: now }).where(eq(authoredProblems.id, authored.id)).run()
  return normalised
}

const validating = new Set<number>()

/**
 * Runs exactly what `drill problems check` runs on the saved files (written to a temporary
 * `<area>/<slug>/` folder), on the server's judge pool, and stores the result with the files' hash.
 */
export async function validateAuthoredProblem({
  authored,
  judge,
  now = Date.now(),
}: {
  authored: Pick<AuthoredProblem, 'id' | 'slug' | 'area' | 'files' | 'problemId'>
  judge: (ContentJudge & Partial<SimJudge>) | undefined
  now?: number
}): Promise<AuthoredValidation> {
  if (!judge) throw new AuthoringError('The judge is not running, so the checks cannot run; try again in a minute.')
  if (validating.has(authored.id)) throw new AuthoringError('A validation of this problem is already running; wait for its result.')
  validating.add(authored.id)
  try {
    const filesHash = hashFiles(authored.files)
    const outcome = await withProblemFolder({ area: authored.area, slug: authored.slug, files: authored.files }, async (dir) => {
      const report = await checkProblems({ paths: [dir], judge, concurrency: 1 })
      const check = report.problems.find((p) => p.dir === dir) ?? report.problems[0]
      return {
        errors: [...toAuthoredIssues(report.errors, dir), ...(check ? toAuthoredIssues(check.errors, dir) : [])],
        warnings: check ? toAuthoredIssues(check.warnings, dir) : [],
        check,
      }
    })
    const errors: AuthoredIssue[] = outcome.errors
    const conflict = findSlugConflict({ slug: authored.slug, authoredId: authored.id })
    if (conflict) errors.unshift({ file: 'problem.md', line: 1, message: conflict })
    const ok = errors.length === 0
    const summary = summariseValidation({ errors: errors.length, warnings: outcome.warnings.length, check: outcome.check })
    const validation: AuthoredValidation = { ok, filesHash, at: now, errors, warnings: outcome.warnings, summary }
    getDb().update(authoredProblems).set({ validation }).where(eq(authoredProblems.id, authored.id)).run()
    return validation
  } finally {
    validating.delete(authored.id)
  }
}

/** The sentence a validation shows: what passed (tests, wrong solutions, scored paths) or how much to fix. */
export function summariseValidation({ errors, warnings, check }: { errors: number; warnings: number; check: ProblemCheck | undefined }) {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const details = [
    check?.tests !== undefined ? plural(check.tests, check.sim ? 'seed' : 'test') : undefined,
    check?.wrongSolutions.length ? `${plural(check.wrongSolutions.length, 'wrong solution')} rejected` : undefined,
    check?.incident ? 'ideal and bad paths scored as required' : undefined,
  ].filter(Boolean)
  return errors === 0
    ? `Every check passed${details.length ? ` (${details.join(', ')})` : ''}${warnings ? `, with ${plural(warnings, 'warning')}` : ''}.`
    : `${plural(errors, 'error')} to fix${warnings ? ` and ${plural(warnings, 'warning')}` : ''}.`
}

type TestInput = Pick<ProblemTest, 'id' | 'args' | 'ops' | 'generate'>

/**
 * A test that keeps its input but changes its id is a renumbering, which would make old results point at
 * another test; the sentence says which, or undefined when there is none.
 */
export function findRenumberedTest({ previous, next, version }: { previous: TestInput[]; next: TestInput[]; version: number }) {
  const key = (test: TestInput) => JSON.stringify([test.args ?? null, test.ops ?? null, test.generate ?? null])
  const previousId = new Map<string, number>()
  for (const test of previous) if (!previousId.has(key(test))) previousId.set(key(test), test.id)
  const nextKeys = new Map(next.map((test) => [test.id, key(test)]))
  for (const test of next) {
    const oldId = previousId.get(key(test))
    if (oldId === undefined || oldId === test.id || nextKeys.get(oldId) === key(test)) continue
    return `Test ${test.id} has the input of test ${oldId} in version ${version}: test ids are never renumbered, so give it back id ${oldId} and give new tests new ids.`
  }
  return undefined
}

/** A publication checked and rendered, ready to be written by `writePublication`. */
export type PreparedPublication =
  | { changed: false; version: number }
  | {
      changed: true
      problem: Problem
      statementHtml: string
      files: FileMap
      sourcePath: string
      /** The version it follows, as read while preparing; the write refuses if another publish came first. */
      current: { id: number; version: number | null } | undefined
    }

/**
 * The async half of a publish, which writes nothing: the validation is of exactly these files and passed,
 * the slug is free, the files load, the statement renders, and no test is renumbered or brings back a
 * retired id. `changed: false` when the current version already has exactly this content.
 */
export async function preparePublication({
  authored,
}: {
  authored: Pick<AuthoredProblem, 'slug' | 'area' | 'files' | 'problemId' | 'validation'> & { id?: number }
}): Promise<PreparedPublication> {
  const filesHash = hashFiles(authored.files)
  if (!authored.validation || authored.validation.filesHash !== filesHash)
    throw new AuthoringError('Validate the saved files before publishing: a version is published only after its exact files pass every check.')
  if (!authored.validation.ok) throw new AuthoringError('The last validation failed; fix what it reports and validate again before publishing.')
  const conflict = findSlugConflict({ slug: authored.slug, authoredId: authored.id })
  if (conflict) throw new AuthoringError(conflict)
  const loaded = await loadAuthoredFiles({ area: authored.area, slug: authored.slug, files: authored.files })
  if (!loaded.problem) throw new AuthoringError(`The files no longer load: ${loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('; ')}`)
  const problem = loaded.problem

  const current = readCurrentVersion(authored.problemId)
  if (current?.hash === problem.hash && current.version !== null) return { changed: false, version: current.version }
  const previous = current?.content as { kind?: string; tests?: TestInput[] } | undefined
  if (problem.kind === 'code' && previous?.kind === 'code' && previous.tests && current?.version) {
    const renumbered = findRenumberedTest({ previous: previous.tests, next: problem.tests, version: current.version })
    if (renumbered) throw new AuthoringError(`Not published. ${renumbered}`)
  }
  if (current && problem.kind === 'code') {
    const reused = describeReusedTestIds({ problemId: current.id, testIds: problem.tests.map((test) => test.id) })
    if (reused) throw new AuthoringError(`Not published: ${reused}.`)
  }
  const statementHtml = (await renderMarkdown(problem.statement)).html
  return {
    changed: true,
    problem,
    statementHtml,
    files: authored.files,
    sourcePath: `${authored.area}/${authored.slug}`,
    current: current ? { id: current.id, version: current.version } : undefined,
  }
}

function readCurrentVersion(problemId: number | null) {
  if (!problemId) return undefined
  return getDb()
    .select({ id: problems.id, version: problemVersions.version, hash: problemVersions.contentHash, content: problemVersions.content })
    .from(problems)
    .leftJoin(problemVersions, eq(problemVersions.id, problems.currentVersionId))
    .where(eq(problems.id, problemId))
    .get()
}

/**
 * The synchronous half of a publish: writes the prepared version, its test ids and the authored version
 * record. Runs inside the caller's transaction (so an import can publish many problems all or nothing).
 */
export function writePublication({
  authoredId,
  prepared,
  userId,
  now,
}: {
  authoredId: number
  prepared: Extract<PreparedPublication, { changed: true }>
  userId: number
  now: number
}) {
  const { db } = getDatabase()
  const current = prepared.current && readCurrentVersion(prepared.current.id)
  if (prepared.current && current?.version !== prepared.current.version)
    throw new AuthoringError('Not published: another version was published meanwhile; look at it, then publish again.')
  const upserted = upsertProblemVersion({
    problem: prepared.problem,
    source: 'authored',
    sourcePath: prepared.sourcePath,
    existing: prepared.current,
    statementHtml: prepared.statementHtml,
    now,
  })
  if (upserted.status === 'refused') throw new AuthoringError(`Not published: ${upserted.message}.`)
  db.insert(authoredVersions)
    .values({ authoredId, version: upserted.version, files: prepared.files, problemVersionId: upserted.versionId, publishedAt: now, publishedBy: userId })
    .run()
  db.update(authoredProblems).set({ problemId: upserted.problemId, kind: prepared.problem.kind, updatedAt: now }).where(eq(authoredProblems.id, authoredId)).run()
  // Who sees the problem is the authored problem's setting (a group-private draft is private once published).
  const { groupId } = db.select({ groupId: authoredProblems.groupId }).from(authoredProblems).where(eq(authoredProblems.id, authoredId)).get()!
  db.update(problems).set({ groupId }).where(eq(problems.id, upserted.problemId)).run()
  return { problemId: upserted.problemId, versionId: upserted.versionId, version: upserted.version, kind: prepared.problem.kind }
}

/**
 * Publishes the saved files as the next version: only after a passing validation of exactly these files.
 * The problem gets its `problems` row (source 'authored') on the first publish; test ids follow the
 * never-reuse rule of the content sync, and a renumbered test is refused with a sentence.
 */
export async function publishAuthoredProblem({
  authored,
  userId,
  now = Date.now(),
}: {
  authored: Pick<AuthoredProblem, 'id' | 'slug' | 'area' | 'files' | 'problemId' | 'validation'>
  userId: number
  now?: number
}) {
  const prepared = await preparePublication({ authored })
  if (!prepared.changed) throw new AuthoringError(`Nothing changed since version ${prepared.version}; edit the files to publish a new version.`)
  return getDatabase()
    .sqlite.transaction(() => writePublication({ authoredId: authored.id, prepared, userId, now }))
    .immediate()
}

/** Every published version, newest first, with who published it. */
export function listAuthoredVersions({ authoredId }: { authoredId: number }) {
  return getDb()
    .select({ version: authoredVersions.version, publishedAt: authoredVersions.publishedAt, publishedBy: users.displayName, problemVersionId: authoredVersions.problemVersionId })
    .from(authoredVersions)
    .leftJoin(users, eq(users.id, authoredVersions.publishedBy))
    .where(eq(authoredVersions.authoredId, authoredId))
    .orderBy(desc(authoredVersions.version))
    .all()
}

/** The files of one published version, or undefined. */
export function getAuthoredVersionFiles({ authoredId, version }: { authoredId: number; version: number }) {
  return getDb()
    .select({ files: authoredVersions.files })
    .from(authoredVersions)
    .where(and(eq(authoredVersions.authoredId, authoredId), eq(authoredVersions.version, version)))
    .get()?.files
}

/**
 * Makes the problem private to a group the author mentors, or public (null). A published problem changes
 * at once; one that tracks or other groups' assignments depend on is refused with the reason.
 */
export function setAuthoredVisibility({ authored, viewer, groupId, now = Date.now() }: { authored: Pick<AuthoredProblem, 'id' | 'slug' | 'problemId'>; viewer: Viewer; groupId: number | null; now?: number }) {
  if (groupId !== null) {
    const refusal = describeVisibilityRefusal({ viewer, groupId })
    if (refusal) throw new AuthoringError(refusal)
  }
  if (authored.problemId) {
    const conflict = describeVisibilityConflict({ problemId: authored.problemId, slug: authored.slug, groupId })
    if (conflict) throw new AuthoringError(`Visibility not changed. ${conflict}`)
  }
  getDatabase()
    .sqlite.transaction(() => {
      const db = getDb()
      db.update(authoredProblems).set({ groupId, updatedAt: now }).where(eq(authoredProblems.id, authored.id)).run()
      if (authored.problemId) db.update(problems).set({ groupId }).where(eq(problems.id, authored.problemId)).run()
    })
    .immediate()
}

/** Bundled tracks and their modules, for the "Put in a track" form (authored tracks list their items in their YAML). */
export function listTrackModules() {
  const rows = getDb()
    .select({ trackSlug: tracks.slug, trackTitle: tracks.title, moduleSlug: trackModules.slug, moduleTitle: trackModules.title })
    .from(tracks)
    .innerJoin(trackModules, eq(trackModules.trackSlug, tracks.slug))
    .where(eq(tracks.source, 'bundled'))
    .orderBy(asc(tracks.position), asc(trackModules.position))
    .all()
  const byTrack = new Map<string, { slug: string; title: string; modules: { slug: string; title: string }[] }>()
  for (const row of rows) {
    const track = byTrack.get(row.trackSlug) ?? { slug: row.trackSlug, title: row.trackTitle, modules: [] }
    track.modules.push({ slug: row.moduleSlug, title: row.moduleTitle })
    byTrack.set(row.trackSlug, track)
  }
  return [...byTrack.values()]
}

/** Where a published authored problem has been put, with the titles to show. */
export function listPlacements({ problemId }: { problemId: number }) {
  return getDb()
    .select({ trackSlug: trackPlacements.trackSlug, moduleSlug: trackPlacements.moduleSlug, trackTitle: tracks.title, moduleTitle: trackModules.title })
    .from(trackPlacements)
    .leftJoin(tracks, eq(tracks.slug, trackPlacements.trackSlug))
    .leftJoin(trackModules, and(eq(trackModules.trackSlug, trackPlacements.trackSlug), eq(trackModules.slug, trackPlacements.moduleSlug)))
    .where(eq(trackPlacements.problemId, problemId))
    .orderBy(asc(trackPlacements.trackSlug))
    .all()
}

/** Puts a published problem at the end of a module of a track (moving it if it is already in that track). */
export function placeInTrack({ problemId, trackSlug, moduleSlug, addedBy }: { problemId: number; trackSlug: string; moduleSlug: string; addedBy: number }) {
  const db = getDb()
  const module = db
    .select({ id: trackModules.id })
    .from(trackModules)
    .innerJoin(tracks, eq(tracks.slug, trackModules.trackSlug))
    .where(and(eq(trackModules.trackSlug, trackSlug), eq(trackModules.slug, moduleSlug), eq(tracks.source, 'bundled')))
    .get()
  if (!module) throw new AuthoringError(`The track "${trackSlug}" has no module "${moduleSlug}".`)
  const problem = db.select({ slug: problems.slug, groupId: problems.groupId }).from(problems).where(and(eq(problems.id, problemId), ne(problems.status, 'removed'))).get()
  if (!problem) throw new AuthoringError('Publish the problem before putting it in a track.')
  if (problem.groupId !== null) throw new AuthoringError('A problem private to a group goes in that group’s own tracks (Author → New track), not in a track everyone sees.')
  const listed = db
    .select({ module: trackModules.slug })
    .from(trackItems)
    .innerJoin(trackModules, eq(trackModules.id, trackItems.moduleId))
    .where(and(eq(trackModules.trackSlug, trackSlug), eq(trackItems.problemSlug, problem.slug)))
    .get()
  if (listed) throw new AuthoringError(`The track's own file already lists this problem in module ${listed.module}.`)
  const last = db
    .select({ position: max(trackPlacements.position) })
    .from(trackPlacements)
    .where(and(eq(trackPlacements.trackSlug, trackSlug), eq(trackPlacements.moduleSlug, moduleSlug)))
    .get()
  const position = (last?.position ?? -1) + 1
  db.insert(trackPlacements)
    .values({ problemId, trackSlug, moduleSlug, position, addedBy })
    .onConflictDoUpdate({ target: [trackPlacements.problemId, trackPlacements.trackSlug], set: { moduleSlug, position, addedBy } })
    .run()
}

export function removeFromTrack({ problemId, trackSlug }: { problemId: number; trackSlug: string }) {
  getDb()
    .delete(trackPlacements)
    .where(and(eq(trackPlacements.problemId, problemId), eq(trackPlacements.trackSlug, trackSlug)))
    .run()
}
