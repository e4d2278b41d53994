import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { and, desc, eq, inArray } from 'drizzle-orm'
import { authoredProblems, authoredVersions, problems, type AuthoredValidation } from '#db/schema'
import {
  checkWithJudge,
  dedupeErrors,
  defaultArchiveLimits,
  exportArchive,
  ExportError,
  readArchive,
  type ArchiveLimits,
  type ArchiveProblem,
  type ArchiveTrack,
} from '~/content/archive'
import { type CheckReport, type ProblemCheck } from '~/content/check'
import { formatContentError, type ContentError } from '~/content/errors'
import { type ContentJudge } from '~/content/prepare'
import { type SimJudge } from '~/content/sim'
import { listTrackItems, tracksFolder } from '~/content/loader'
import { sortErrors } from '~/content/yaml-source'
import {
  authoringLimits,
  describeBadPath,
  hashFiles,
  normaliseFiles,
  toAuthoredIssues,
  writeProblemFolder,
  type FileMap,
} from './authoring-files.server'
import {
  AuthoringError,
  findSlugConflict,
  preparePublication,
  summariseValidation,
  writePublication,
  type PreparedPublication,
  type Viewer,
} from './authoring.server'
import {
  checkAuthoredTrack,
  describeVisibilityConflict,
  getAuthoredTrack,
  listAuthoredTracks,
  saveAuthoredTrack,
} from './authored-tracks.server'
import { getDatabase, getDb } from './db.server'

/**
 * Moving an author's work between Drills in the browser (issue "Import/export"): the same `.tar.gz` of
 * the folder format as `drill problems export|import`, built from and read into `authored_problems`.
 */

/** What an upload may be: the CLI's archive limits. */
export const uploadLimits: ArchiveLimits = defaultArchiveLimits

export interface AuthoredArchive {
  filename: string
  bytes: Buffer
  problems: string[]
  tracks: string[]
}

/**
 * A `.tar.gz` of the viewer's saved files: one problem, one track (its YAML and the viewer's problems it
 * lists; bundled and other authors' problems it lists travel as slugs only), or everything they authored.
 * Undefined when the problem or track is not theirs: the files (hidden tests, reference, wrong solutions)
 * are the author's alone.
 */
export async function exportAuthoredArchive({
  viewer,
  problem,
  track,
  now = new Date(),
}: {
  viewer: Viewer
  problem?: string
  track?: string
  now?: Date
}): Promise<AuthoredArchive | undefined> {
  const ownProblems = (slugs?: ReadonlySet<string>) =>
    getDb()
      .select({
        slug: authoredProblems.slug,
        area: authoredProblems.area,
        files: authoredProblems.files,
      })
      .from(authoredProblems)
      .where(
        and(
          eq(authoredProblems.authorId, viewer.id),
          slugs === undefined ? undefined : inArray(authoredProblems.slug, [...slugs]),
        ),
      )
      .orderBy(authoredProblems.slug)
      .all()
  if (problem !== undefined) {
    const rows = ownProblems(new Set([problem]))
    return rows.length
      ? buildArchive({ filename: `${problem}.tar.gz`, tracks: [], problems: () => rows, now })
      : undefined
  }
  if (track !== undefined) {
    const found = getAuthoredTrack({ slug: track, viewer })
    if (!found) return undefined
    return buildArchive({
      filename: `track-${track}.tar.gz`,
      tracks: [found],
      problems: (items) => (items.size ? ownProblems(items) : []),
      now,
    })
  }
  const tracks = listAuthoredTracks({ viewer }).flatMap(
    (row) => getAuthoredTrack({ slug: row.slug, viewer }) ?? [],
  )
  return buildArchive({
    filename: `drill-authored-${now.toISOString().slice(0, 10)}.tar.gz`,
    tracks,
    problems: () => ownProblems(),
    now,
  })
}

async function buildArchive({
  filename,
  tracks,
  problems,
  now,
}: {
  filename: string
  tracks: { slug: string; yaml: string }[]
  /** The problems to put in, given every item the tracks list. */
  problems: (trackItems: ReadonlySet<string>) => { slug: string; area: string; files: FileMap }[]
  now: Date
}): Promise<AuthoredArchive> {
  const temporary = mkdtempSync(path.join(os.tmpdir(), 'drill-author-export-'))
  try {
    const root = path.join(temporary, 'problems')
    mkdirSync(root)
    const items = new Set(
      tracks.flatMap((track) => listTrackItems({ file: writeTrackFile({ root, ...track }) })),
    )
    for (const problem of problems(items)) {
      // The folder format keeps problems/tracks/ for track files: a problem there would be left out.
      if (problem.area === 'tracks')
        throw new AuthoringError(
          `"${problem.slug}" is in the area "tracks", which the folder format keeps for track files, so it cannot be exported.`,
        )
      writeProblemFolder({ root, ...problem })
    }
    const out = path.join(temporary, filename)
    const result = await exportArchive({ root, out, now }).catch((error: unknown) => {
      // Saved files are plain files with the editor's names, so this is not expected; say what is wrong rather than fail.
      if (error instanceof ExportError)
        throw new AuthoringError(
          `The archive cannot be made: ${error.errors.map((e) => e.message).join('; ')}`,
        )
      throw error
    })
    return {
      filename,
      bytes: readFileSync(out),
      problems: result.problems.map((p) => p.slug),
      tracks: result.tracks.map((t) => t.slug),
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true })
  }
}

function writeTrackFile({ root, slug, yaml }: { root: string; slug: string; yaml: string }) {
  const file = path.join(root, tracksFolder, `${slug}.yaml`)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, yaml)
  return file
}

export type ImportStatus = 'new' | 'replaced' | 'unchanged'

export interface ImportedProblem {
  slug: string
  title: string
  status: ImportStatus
  /** The published version after the import. */
  version: number | null
  /** Set when this import published a code version, which the judge should calibrate. */
  versionId?: number
}

export type AuthoredImportResult =
  | { ok: false; errors: string[] }
  | { ok: true; problems: ImportedProblem[]; tracks: { slug: string; status: ImportStatus }[] }

type Judge = ContentJudge & Partial<SimJudge>

let importing = false

/**
 * Imports an uploaded archive as the viewer's authored problems, all or nothing: the archive is read
 * with the CLI's defences, every problem that would change passes exactly the checks of `drill problems
 * check` on `judge`, slugs must be free (or the viewer's own, with `replace`), and only then is everything
 * written in one transaction, each problem stored with its passing validation and published. Every error
 * is listed as `file:line: message`, with files named as in the archive.
 */
export async function importAuthoredArchive({
  viewer,
  bytes,
  name,
  replace,
  groupId,
  judge,
  limits = uploadLimits,
  now = Date.now(),
}: {
  viewer: Viewer
  bytes: Uint8Array
  /** The uploaded file's name, which errors about the archive itself point at. */
  name: string
  replace: boolean
  groupId: number | null
  judge: Judge | undefined
  limits?: Partial<ArchiveLimits>
  now?: number
}): Promise<AuthoredImportResult> {
  if (!judge)
    throw new AuthoringError(
      'The judge is not running, so the checks cannot run; try again in a minute.',
    )
  if (importing)
    throw new AuthoringError(
      'Another import is being checked on this server; try again when it has finished.',
    )
  importing = true
  let temporary: string | undefined
  try {
    temporary = mkdtempSync(path.join(os.tmpdir(), 'drill-upload-'))
    const archive = path.join(temporary, 'upload.tar.gz')
    writeFileSync(archive, bytes)
    const shown = name.replace(/[\r\n]/g, ' ').trim() || 'the archive'
    return await readArchive({ archive, limits }, async (unpacked) => {
      const format = (errors: ContentError[]) =>
        dedupeErrors(sortErrors(errors)).map((error) =>
          formatContentError({ ...error, file: error.file === archive ? shown : error.file }),
        )
      if (!unpacked.readable) return { ok: false, errors: format(unpacked.errors) }
      const scratch = path.dirname(unpacked.root) + path.sep
      const relative = (error: ContentError) => {
        const inArchive = unpacked.relative(error)
        return { ...inArchive, message: inArchive.message.split(scratch).join('') }
      }
      const fail = (errors: ContentError[]) => ({
        ok: false as const,
        errors: format(errors.map(relative)),
      })

      const errors: ContentError[] = [...unpacked.errors]
      if (unpacked.problems.length === 0 && unpacked.tracks.length === 0)
        errors.push({
          file: archive,
          line: 1,
          message:
            'the archive holds no problem folders and no tracks, so there is nothing to import',
        })
      const plan = planProblems({ viewer, problems: unpacked.problems, replace, groupId, errors })
      const publishing = new Set(
        plan.filter((item) => item.status !== 'unchanged').map((item) => item.source.slug),
      )
      const trackPlan = planTracks({
        viewer,
        tracks: unpacked.tracks,
        replace,
        groupId,
        publishing,
        errors,
      })

      const reports: CheckReport[] = []
      const toCheck = plan
        .filter((item) => item.status !== 'unchanged' && item.source.problem)
        .map((item) => item.source.dir)
      errors.push(
        ...(await checkWithJudge({ judge, onReport: (report) => reports.push(report) })({
          dirs: toCheck,
        })),
      )
      if (errors.length > 0) return fail(errors)

      const checks = new Map<string, ProblemCheck>(
        reports.flatMap((report) => report.problems.map((check) => [check.dir, check] as const)),
      )
      const prepared: (PlannedProblem & {
        validation: AuthoredValidation
        publication: PreparedPublication
      })[] = []
      for (const item of plan.filter((planned) => planned.status !== 'unchanged')) {
        const check = checks.get(item.source.dir)
        const warnings = check ? toAuthoredIssues(check.warnings, item.source.dir) : []
        const validation: AuthoredValidation = {
          ok: true,
          filesHash: hashFiles(item.files),
          at: now,
          errors: [],
          warnings,
          summary: summariseValidation({ errors: 0, warnings: warnings.length, check }),
        }
        try {
          const publication = await preparePublication({
            authored: {
              id: item.mine?.id,
              slug: item.source.slug,
              area: item.source.area,
              files: item.files,
              problemId: item.mine?.problemId ?? null,
              validation,
            },
          })
          prepared.push({ ...item, validation, publication })
        } catch (error) {
          if (!(error instanceof AuthoringError)) throw error
          errors.push({
            file: path.join(item.source.dir, 'problem.md'),
            line: 1,
            message: error.message,
            slug: item.source.slug,
          })
        }
      }
      if (errors.length > 0) return fail(errors)

      let written: ImportedProblem[]
      try {
        written = writeImport({ viewer, prepared, tracks: trackPlan, groupId, now })
      } catch (error) {
        if (!(error instanceof AuthoringError)) throw error
        return { ok: false, errors: [`Nothing was imported: ${error.message}`] }
      }
      const unchanged = plan
        .filter((item) => item.status === 'unchanged')
        .map((item) => ({
          slug: item.source.slug,
          title: item.source.problem?.frontmatter.title ?? item.source.slug,
          status: 'unchanged' as const,
          version: item.mine?.version ?? null,
        }))
      return {
        ok: true,
        problems: [...written, ...unchanged].sort((a, b) => a.slug.localeCompare(b.slug)),
        tracks: trackPlan.map(({ slug, status }) => ({ slug, status })),
      }
    })
  } finally {
    importing = false
    if (temporary) rmSync(temporary, { recursive: true, force: true })
  }
}

interface PlannedProblem {
  source: ArchiveProblem
  files: FileMap
  status: ImportStatus
  /** The viewer's own authored problem with this slug. */
  mine?: { id: number; problemId: number | null; version: number | null }
}

/** Which problems are new, replace the viewer's own or are already there unchanged; every refusal goes to `errors`. */
function planProblems({
  viewer,
  problems,
  replace,
  groupId,
  errors,
}: {
  viewer: Viewer
  problems: ArchiveProblem[]
  replace: boolean
  groupId: number | null
  errors: ContentError[]
}) {
  const db = getDb()
  const slugs = problems.map((problem) => problem.slug)
  const own = new Map(
    (slugs.length
      ? db
          .select({
            id: authoredProblems.id,
            slug: authoredProblems.slug,
            files: authoredProblems.files,
            problemId: authoredProblems.problemId,
          })
          .from(authoredProblems)
          .where(
            and(eq(authoredProblems.authorId, viewer.id), inArray(authoredProblems.slug, slugs)),
          )
          .all()
      : []
    ).map((row) => [row.slug, row]),
  )
  const plan: PlannedProblem[] = []
  for (const source of problems) {
    const at = (message: string, file = 'problem.md') =>
      errors.push({ file: path.join(source.dir, file), line: 1, message, slug: source.slug })
    const files = readFolderFiles(source.dir)
    const fileErrors = describeFileErrors(files)
    for (const error of fileErrors) at(error.message, error.file)
    const row = own.get(source.slug)
    const conflict = findSlugConflict({ slug: source.slug, authoredId: row?.id })
    if (conflict) {
      at(
        conflict.replace(
          /; choose another slug\.$/,
          '; rename the folder (and the slug in problem.md), or leave it out of the archive.',
        ),
      )
      continue
    }
    if (fileErrors.length > 0) continue
    if (!row) {
      plan.push({ source, files, status: 'new' })
      continue
    }
    const latest = db
      .select({ version: authoredVersions.version, files: authoredVersions.files })
      .from(authoredVersions)
      .where(eq(authoredVersions.authoredId, row.id))
      .orderBy(desc(authoredVersions.version))
      .limit(1)
      .get()
    const mine = { id: row.id, problemId: row.problemId, version: latest?.version ?? null }
    const hash = hashFiles(files)
    if (latest && hashFiles(latest.files) === hash && hashFiles(row.files) === hash)
      plan.push({ source, files, status: 'unchanged', mine })
    else if (!replace)
      at(
        `"${source.slug}" is already one of your problems, with other files; tick "Replace my problems with the same slug" to publish the archive's files as its next version.`,
      )
    else {
      // The import gives every problem it writes the chosen visibility; tracks and assignments must not lose one.
      const conflict =
        row.problemId === null
          ? undefined
          : describeVisibilityConflict({ problemId: row.problemId, slug: source.slug, groupId })
      if (conflict) at(`"${source.slug}" cannot become private to that group: ${conflict}`)
      else plan.push({ source, files, status: 'replaced', mine })
    }
  }
  return plan
}

interface PlannedTrack {
  slug: string
  yaml: string
  status: ImportStatus
}

/**
 * Tracks are checked as the track editor checks them, with the problems this import publishes counted as
 * existing; the viewer's own track with the same slug is replaced only with `replace`.
 */
function planTracks({
  viewer,
  tracks,
  replace,
  groupId,
  publishing,
  errors,
}: {
  viewer: Viewer
  tracks: ArchiveTrack[]
  replace: boolean
  groupId: number | null
  publishing: ReadonlySet<string>
  errors: ContentError[]
}) {
  const plan: PlannedTrack[] = []
  for (const { slug, file } of tracks) {
    const yaml = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
    const mine = getAuthoredTrack({ slug, viewer })
    if (mine && mine.yaml === yaml) {
      plan.push({ slug, yaml, status: 'unchanged' })
      continue
    }
    if (mine && !replace) {
      errors.push({
        file,
        line: 1,
        message: `track "${slug}" is already one of your tracks, with other content; tick "Replace my problems with the same slug" to replace it`,
      })
      continue
    }
    const issues = checkAuthoredTrack({ viewer, slug, yaml, groupId, pendingSlugs: publishing })
    for (const issue of issues) errors.push({ file, line: issue.line, message: issue.message })
    if (issues.length === 0) plan.push({ slug, yaml, status: mine ? 'replaced' : 'new' })
  }
  return plan
}

/** Every file of an unpacked problem folder, by its path inside the folder; line endings as the editor saves them. */
function readFolderFiles(dir: string): FileMap {
  const files: FileMap = {}
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8')
  }
  return normaliseFiles(files)
}

/** Files an authored problem cannot hold (the editor's names and limits), each on its file. */
function describeFileErrors(files: FileMap): { file: string; message: string }[] {
  const errors: { file: string; message: string }[] = []
  let total = 0
  for (const [file, text] of Object.entries(files)) {
    const bad = describeBadPath(file)
    if (bad)
      errors.push({
        file,
        message: `${bad}; a problem authored in the browser holds only those files`,
      })
    const bytes = Buffer.byteLength(text, 'utf8')
    total += bytes
    if (bytes > authoringLimits.fileBytes)
      errors.push({
        file,
        message: `the file is ${Math.round(bytes / 1024)} KB; a file of an authored problem may hold at most ${authoringLimits.fileBytes / 1024} KB`,
      })
  }
  const count = Object.keys(files).length
  if (count > authoringLimits.files)
    errors.push({
      file: 'problem.md',
      message: `the problem has ${count} files; an authored problem has at most ${authoringLimits.files}`,
    })
  if (total > authoringLimits.totalBytes)
    errors.push({
      file: 'problem.md',
      message: `the problem's files hold ${Math.round(total / 1024)} KB together; an authored problem holds at most ${authoringLimits.totalBytes / 1024} KB`,
    })
  return errors
}

/** Every write of the import, in one transaction: a refusal (a slug taken meanwhile) leaves the database as it was. */
function writeImport({
  viewer,
  prepared,
  tracks,
  groupId,
  now,
}: {
  viewer: Viewer
  prepared: (PlannedProblem & {
    validation: AuthoredValidation
    publication: PreparedPublication
  })[]
  tracks: PlannedTrack[]
  groupId: number | null
  now: number
}): ImportedProblem[] {
  const { sqlite, db } = getDatabase()
  return sqlite
    .transaction(() => {
      const written = prepared.map((item): ImportedProblem => {
        const { source, files, validation, publication } = item
        const conflict = findSlugConflict({ slug: source.slug, authoredId: item.mine?.id })
        if (conflict) throw new AuthoringError(conflict)
        const kind = source.problem!.kind
        const values = { kind, area: source.area, files, validation, groupId, updatedAt: now }
        let authoredId = item.mine?.id
        if (authoredId === undefined)
          authoredId = db
            .insert(authoredProblems)
            .values({ slug: source.slug, authorId: viewer.id, ...values })
            .returning({ id: authoredProblems.id })
            .get().id
        else
          db.update(authoredProblems).set(values).where(eq(authoredProblems.id, authoredId)).run()
        const title = source.problem!.frontmatter.title
        if (!publication.changed) {
          // Only the draft differed from the published version: no new version, but the chosen visibility.
          if (item.mine?.problemId)
            db.update(problems).set({ groupId }).where(eq(problems.id, item.mine.problemId)).run()
          return { slug: source.slug, title, status: item.status, version: publication.version }
        }
        const published = writePublication({
          authoredId,
          prepared: publication,
          userId: viewer.id,
          now,
        })
        return {
          slug: source.slug,
          title,
          status: item.status,
          version: published.version,
          ...(published.kind === 'code' ? { versionId: published.versionId } : {}),
        }
      })
      // After the problems, so that the tracks' items resolve against them in this same transaction.
      for (const track of tracks)
        if (track.status !== 'unchanged')
          saveAuthoredTrack({ viewer, slug: track.slug, yaml: track.yaml, groupId, now })
      return written
    })
    .immediate()
}
