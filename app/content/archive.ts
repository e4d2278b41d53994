import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { create as createTar, Parser, type ReadEntry } from 'tar'
import { type CheckReport, type checkProblems } from './check'
import { type ContentError } from './errors'
import {
  hashProblemFolder,
  listProblemFolders,
  listTrackFiles,
  listTrackItems,
  loadContent,
  loadTrack,
  tracksFolder,
} from './loader'
import { type Problem } from './types'
import { sortErrors } from './yaml-source'

/**
 * Moving content between Drills (issue "Mentors and study groups"): an archive is a `.tar.gz` of the
 * folder format, `problems/<area>/<slug>/...` and `problems/tracks/<track>.yaml`, plus a manifest.
 * Import proves everything with the checks `drill problems check` runs before it writes anything.
 */

export const manifestName = 'drill-export.json'
export const archiveFormat = 'drill-export'
export const archiveFormatVersion = 1
/** The archive's folder that is a content root. */
export const contentFolder = 'problems'

export interface ArchiveManifest {
  format: typeof archiveFormat
  version: number
  createdAt: string
  problems: { slug: string; area: string; path: string; hash: string }[]
  tracks: { slug: string; path: string; hash: string }[]
}

/** What an import accepts; the bundled content is 5.5 MB in about a thousand files. */
export interface ArchiveLimits {
  maxFiles: number
  maxFileBytes: number
  /** Bytes of the unpacked archive, headers included; also caps the compressed file. */
  maxTotalBytes: number
}

export const defaultArchiveLimits: ArchiveLimits = {
  maxFiles: 5000,
  maxFileBytes: 4 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
}

/** A mistake in what was asked (an unknown slug or track, a missing archive): the CLI exits 2. */
export class ArchiveUsageError extends Error {}

/** The content cannot be exported as it is (a symbolic link, a track naming a missing problem). */
export class ExportError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join('\n'))
  }
}

export interface ExportResult {
  out: string
  problems: ArchiveManifest['problems']
  tracks: ArchiveManifest['tracks']
  files: number
  bytes: number
}

/**
 * Writes a `.tar.gz` of the chosen problems: `slugs`, every item of `track` (with the track file), or,
 * when neither is given, everything under `root`. Entries are sorted and carry `now` as their time, so
 * the same content and time give the same bytes. Symbolic links are refused; dotfiles are left out (the
 * loader and the content hash ignore them too).
 */
export async function exportArchive({
  root,
  slugs = [],
  track,
  out,
  now = new Date(),
}: {
  root: string
  slugs?: string[]
  track?: string
  out: string
  now?: Date
}): Promise<ExportResult> {
  const contentRoot = path.resolve(root)
  if (!existsSync(contentRoot))
    throw new ArchiveUsageError(`The content folder ${contentRoot} does not exist.`)
  const folders = listProblemFolders({ root: contentRoot }).dirs
  const bySlug = new Map<string, string>()
  const errors: ContentError[] = []
  for (const dir of folders) {
    const slug = path.basename(dir)
    const other = bySlug.get(slug)
    if (other === undefined) bySlug.set(slug, dir)
    else
      errors.push({
        file: path.join(dir, 'problem.md'),
        line: 1,
        message: `slug "${slug}" is also used by ${other}; problem slugs are unique across areas`,
        slug,
      })
  }

  const selected = new Set<string>()
  const trackFiles: string[] = []
  const unknown = slugs.filter((slug) => !bySlug.has(slug))
  if (unknown.length > 0)
    throw new ArchiveUsageError(
      `There is no problem ${unknown.map((slug) => `"${slug}"`).join(', ')} in ${contentRoot} (no folder <area>/<slug>/).`,
    )
  for (const slug of slugs) selected.add(bySlug.get(slug)!)
  if (track !== undefined) {
    const file = listTrackFiles({ root: contentRoot }).find(
      (candidate) => trackSlugOf(candidate) === track,
    )
    if (!file)
      throw new ArchiveUsageError(
        `There is no track "${track}": expected a file ${path.join(contentRoot, tracksFolder, `${track}.yaml`)}.`,
      )
    trackFiles.push(file)
    for (const item of listTrackItems({ file })) {
      const dir = bySlug.get(item)
      if (dir) selected.add(dir)
      else
        errors.push({
          file,
          line: 1,
          message: `the track lists "${item}", but no folder <area>/${item}/ exists; fix the track before exporting it`,
        })
    }
  }
  if (slugs.length === 0 && track === undefined) {
    for (const dir of bySlug.values()) selected.add(dir)
    trackFiles.push(...listTrackFiles({ root: contentRoot }))
  }

  const entries: { source: string; name: string }[] = []
  const manifest: ArchiveManifest = {
    format: archiveFormat,
    version: archiveFormatVersion,
    createdAt: now.toISOString(),
    problems: [],
    tracks: [],
  }
  for (const dir of [...selected].sort(byArchivePath(contentRoot))) {
    const relative = toArchivePath(path.relative(contentRoot, dir))
    const files = collectFiles({ dir, errors })
    for (const file of files)
      entries.push({ source: path.join(dir, file), name: `${contentFolder}/${relative}/${file}` })
    manifest.problems.push({
      slug: path.basename(dir),
      area: path.basename(path.dirname(dir)),
      path: `${contentFolder}/${relative}`,
      hash: hashProblemFolder(dir),
    })
  }
  for (const file of trackFiles.sort()) {
    if (lstatSync(file).isSymbolicLink()) {
      errors.push({ file, line: 1, message: symlinkMessage })
      continue
    }
    const name = `${contentFolder}/${tracksFolder}/${path.basename(file)}`
    entries.push({ source: file, name })
    manifest.tracks.push({ slug: trackSlugOf(file), path: name, hash: hashText(readText(file)) })
  }
  if (errors.length > 0) throw new ExportError(sortErrors(errors))

  const target = path.resolve(out)
  const stage = mkdtempSync(path.join(tmpdir(), 'drill-export-'))
  const partial = `${target}.${randomBytes(6).toString('hex')}.partial`
  try {
    const names = [manifestName, ...entries.map((entry) => entry.name).sort(compareText)]
    writeStaged(path.join(stage, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
    for (const entry of entries)
      writeStaged(path.join(stage, entry.name), readFileSync(entry.source))
    mkdirSync(path.dirname(target), { recursive: true })
    await createTar({ gzip: true, file: partial, cwd: stage, portable: true, mtime: now }, names)
    renameSync(partial, target)
  } finally {
    rmSync(stage, { recursive: true, force: true })
    rmSync(partial, { force: true })
  }
  return {
    out: target,
    problems: manifest.problems,
    tracks: manifest.tracks,
    files: entries.length + 1,
    bytes: statSync(target).size,
  }
}

const symlinkMessage =
  'is a symbolic link; an archive holds only plain files, so put the file itself here'

/** Every plain file under `dir`, relative and sorted; links are reported, dotfiles left out. */
function collectFiles({
  dir,
  errors,
  prefix = '',
}: {
  dir: string
  errors: ContentError[]
  prefix?: string
}) {
  const files: string[] = []
  const entries = readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort((a, b) =>
    compareText(a.name, b.name),
  )
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    const full = path.join(dir, relative)
    if (entry.isSymbolicLink()) errors.push({ file: full, line: 1, message: symlinkMessage })
    else if (entry.isDirectory()) files.push(...collectFiles({ dir, errors, prefix: relative }))
    else if (entry.isFile()) files.push(relative)
    else errors.push({ file: full, line: 1, message: 'is not a plain file or folder' })
  }
  return files
}

function writeStaged(file: string, content: string | Buffer) {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
  // The archive records modes; fixing them keeps it the same whatever the umask.
  chmodSync(file, 0o644)
}

// ---- Import ----

/**
 * Proves the problems in `dirs` (folders of an unpacked archive) the way `drill problems check` does and
 * returns every error. Injectable so that tests (and callers that trust their source) can skip the judge.
 */
export type ArchiveCheck = (input: { dirs: string[] }) => Promise<ContentError[]>

/** The judge `checkProblems` takes: the server's pool, or one the caller opened. */
type CheckJudge = Parameters<typeof checkProblems>[0]['judge']

/**
 * The full check of `drill problems check`, run on `judge`. `onReport` receives the whole report (test
 * counts, warnings, wrong solutions), for callers that keep more than the errors.
 */
export function checkWithJudge({
  judge,
  onReport,
}: {
  judge: CheckJudge
  onReport?: (report: CheckReport) => void
}): ArchiveCheck {
  return async ({ dirs }) => {
    if (dirs.length === 0) return []
    // Loaded on demand: the check pulls in the compiler, Shiki and the judge types.
    const { checkProblems: check } = await import('./check')
    const report = await check({ paths: dirs, judge })
    onReport?.(report)
    return [...report.errors, ...report.problems.flatMap((problem) => problem.errors)]
  }
}

/** The full check on a judge pool of its own, opened only when there is something to check. */
export const checkWithOwnPool: ArchiveCheck = async ({ dirs }) => {
  if (dirs.length === 0) return []
  const { createJudgePool } = await import('~/judge/pool.server')
  const pool = createJudgePool({ queueLimit: 10_000 })
  try {
    return await checkWithJudge({ judge: pool })({ dirs })
  } finally {
    await pool.close()
  }
}

/** A problem folder of an unpacked archive. */
export interface ArchiveProblem {
  slug: string
  area: string
  /** The folder, inside the temporary copy of the archive. */
  dir: string
  /** The loaded problem; undefined when its files do not load (the archive's errors say why). */
  problem?: Problem
}

/** A track file of an unpacked archive; nothing has checked its items yet. */
export interface ArchiveTrack {
  slug: string
  file: string
}

/** What an archive holds, unpacked into a temporary folder that exists while the caller's work runs. */
export type UnpackedArchive =
  | {
      /** The archive cannot be unpacked (a hostile entry, damage, over the limits) or holds no problems/ folder. */
      readable: false
      errors: ContentError[]
    }
  | {
      readable: true
      /** The archive's content root, `<temporary folder>/problems`. */
      root: string
      problems: ArchiveProblem[]
      tracks: ArchiveTrack[]
      /** Problems that do not load and a manifest that does not match; tracks and checks are the caller's. */
      errors: ContentError[]
      /** The error with its file as a path inside the archive, like `problems/basics/x/tests.yaml`. */
      relative: (error: ContentError) => ContentError
    }

/**
 * The first step of every import, which writes nothing outside a temporary folder: unpacks the archive
 * there (entries that leave it, links, oversized files and too many files are refused and listed), loads
 * every problem and compares the files with the manifest. `work` runs while the folder exists; it is
 * removed afterwards, whatever happens.
 */
export async function readArchive<T>(
  { archive, limits: limitOverrides = {} }: { archive: string; limits?: Partial<ArchiveLimits> },
  work: (unpacked: UnpackedArchive) => Promise<T> | T,
): Promise<T> {
  const limits = { ...defaultArchiveLimits, ...limitOverrides }
  const temporary = mkdtempSync(path.join(tmpdir(), 'drill-import-'))
  try {
    const unpacked = path.join(temporary, 'archive')
    const unpackErrors = await unpackArchive({ archive, into: unpacked, limits })
    if (unpackErrors.length > 0)
      return await work({ readable: false, errors: sortErrors(unpackErrors) })
    const importRoot = path.join(unpacked, contentFolder)
    if (!existsSync(importRoot)) {
      const message = `the archive holds no ${contentFolder}/ folder, so nothing to import`
      return await work({ readable: false, errors: [{ file: archive, line: 1, message }] })
    }

    const content = loadContent({ root: importRoot })
    const importTracksDir = path.join(importRoot, tracksFolder) + path.sep
    // Track files are loaded by the caller, against the problems its destination has.
    const errors = content.errors.filter((error) => !error.file.startsWith(importTracksDir))
    const loaded = new Map(content.problems.map((problem) => [problem.dir, problem]))
    const problems = listProblemFolders({ root: importRoot }).dirs.map((dir) => ({
      slug: path.basename(dir),
      area: path.basename(path.dirname(dir)),
      dir,
      problem: loaded.get(dir),
    }))
    const tracks = listTrackFiles({ root: importRoot }).map((file) => ({
      slug: trackSlugOf(file),
      file,
    }))
    errors.push(
      ...checkManifest({
        unpacked,
        archive,
        folders: problems.map((problem) => problem.dir),
        trackFiles: tracks.map((track) => track.file),
      }),
    )
    const relative = (error: ContentError): ContentError => ({
      ...error,
      file: error.file.startsWith(unpacked + path.sep)
        ? toArchivePath(path.relative(unpacked, error.file))
        : error.file,
    })
    return await work({ readable: true, root: importRoot, problems, tracks, errors, relative })
  } finally {
    rmSync(temporary, { recursive: true, force: true })
  }
}

export interface ImportResult {
  /** Problems written (with `dryRun`: that would be written), new or replaced; sorted. */
  imported: string[]
  /** The subset of `imported` that replaced a problem with other content. */
  replaced: string[]
  /** Problems whose files are already in the content folder exactly as in the archive. */
  unchanged: string[]
  /** Track slugs written (or that would be). */
  tracks: string[]
  /** Everything wrong, as `file:line` relative to the archive; when not empty, nothing was written. */
  errors: ContentError[]
  dryRun: boolean
}

/**
 * Imports an archive into `root`, all or nothing. The archive is read with `readArchive`, every problem
 * that would change is checked, track items must resolve against the imported plus the existing
 * problems, and a problem that exists with other content is an error unless `replace` (it then becomes a
 * new version on the next sync). Only when all of that passes are the folders staged beside `root` and
 * renamed into place; a failure while renaming puts back what was moved.
 */
export async function importArchive({
  archive,
  root,
  dryRun = false,
  replace = false,
  check = checkWithOwnPool,
  limits = {},
}: {
  archive: string
  root: string
  dryRun?: boolean
  replace?: boolean
  check?: ArchiveCheck
  limits?: Partial<ArchiveLimits>
}): Promise<ImportResult> {
  const contentRoot = path.resolve(root)
  const result: ImportResult = {
    imported: [],
    replaced: [],
    unchanged: [],
    tracks: [],
    errors: [],
    dryRun,
  }
  return readArchive({ archive, limits }, async (unpacked) => {
    if (!unpacked.readable) return { ...result, errors: unpacked.errors }
    const plan = await planImport({ unpacked, contentRoot, replace, check })
    const changed = plan.problems.filter((problem) => problem.status !== 'unchanged')
    const outcome: ImportResult = {
      ...result,
      imported: changed.map((problem) => problem.slug).sort(),
      replaced: changed
        .filter((problem) => problem.status === 'replaced')
        .map((problem) => problem.slug)
        .sort(),
      unchanged: plan.problems
        .filter((problem) => problem.status === 'unchanged')
        .map((problem) => problem.slug)
        .sort(),
      tracks: plan.tracks
        .filter((track) => !track.unchanged)
        .map((track) => track.slug)
        .sort(),
    }
    if (plan.errors.length > 0)
      return { ...result, errors: dedupeErrors(sortErrors(plan.errors.map(unpacked.relative))) }
    if (dryRun) return outcome
    try {
      commitImport({
        root: contentRoot,
        items: [
          ...changed.map((problem) => ({
            source: problem.dir,
            target: path.join(contentRoot, problem.area, problem.slug),
          })),
          ...plan.tracks
            .filter((track) => !track.unchanged)
            .map((track) => ({
              source: track.file,
              target: path.join(contentRoot, tracksFolder, path.basename(track.file)),
            })),
        ],
      })
    } catch (error) {
      const message = `the import could not be written into ${contentRoot} (${(error as Error).message}); what had been moved was put back`
      return { ...result, errors: [{ file: contentRoot, line: 1, message }] }
    }
    return outcome
  })
}

interface PlannedProblem {
  slug: string
  area: string
  dir: string
  status: 'new' | 'replaced' | 'unchanged'
}

async function planImport({
  unpacked,
  contentRoot,
  replace,
  check,
}: {
  unpacked: Extract<UnpackedArchive, { readable: true }>
  contentRoot: string
  replace: boolean
  check: ArchiveCheck
}) {
  const errors: ContentError[] = [...unpacked.errors]
  const problems: PlannedProblem[] = []
  const tracks: { slug: string; file: string; unchanged: boolean }[] = []

  const existing = new Map<string, string>()
  if (existsSync(contentRoot))
    for (const dir of listProblemFolders({ root: contentRoot }).dirs)
      if (!existing.has(path.basename(dir))) existing.set(path.basename(dir), dir)

  for (const { slug, area, dir } of unpacked.problems) {
    const at = (message: string) =>
      errors.push({ file: path.join(dir, 'problem.md'), line: 1, message, slug })
    const current = existing.get(slug)
    if (current === undefined) {
      problems.push({ slug, area, dir, status: 'new' })
      continue
    }
    const currentArea = path.basename(path.dirname(current))
    if (currentArea !== area) {
      at(
        `"${slug}" already exists as ${currentArea}/${slug} in ${contentRoot}, but the archive has it in ${area}/; a problem keeps its area, so move one of them first`,
      )
    } else if (hashProblemFolder(current) === hashProblemFolder(dir)) {
      problems.push({ slug, area, dir, status: 'unchanged' })
    } else if (!replace) {
      at(
        `"${slug}" already exists in ${contentRoot} with other content; import with replace (--replace) to make the archive's files its next version`,
      )
    } else {
      problems.push({ slug, area, dir, status: 'replaced' })
    }
  }

  const knownSlugs = new Set([
    ...existing.keys(),
    ...unpacked.problems.map((problem) => problem.slug),
  ])
  const existingTracks = new Map(
    existsSync(contentRoot)
      ? listTrackFiles({ root: contentRoot }).map((file) => [trackSlugOf(file), file])
      : [],
  )
  for (const { slug, file } of unpacked.tracks) {
    const loaded = loadTrack({ file, knownSlugs })
    errors.push(...loaded.errors)
    const current = existingTracks.get(slug)
    let unchanged = false
    if (current !== undefined) {
      if (path.basename(current) !== path.basename(file))
        errors.push({
          file,
          line: 1,
          message: `track "${slug}" exists as ${path.basename(current)} in ${contentRoot}; rename one of them so the file names agree`,
        })
      else if (readText(current) === readText(file)) unchanged = true
      else if (!replace)
        errors.push({
          file,
          line: 1,
          message: `track "${slug}" already exists in ${contentRoot} with other content; import with replace (--replace) to overwrite it`,
        })
    }
    tracks.push({ slug, file, unchanged })
  }

  // Unchanged problems are already in the content folder exactly so; only what would change is judged.
  const loaded = new Set(
    unpacked.problems.filter((problem) => problem.problem).map((problem) => problem.dir),
  )
  const toCheck = problems
    .filter((problem) => problem.status !== 'unchanged' && loaded.has(problem.dir))
    .map((problem) => problem.dir)
  errors.push(...(await check({ dirs: toCheck })))
  return { errors, problems, tracks }
}

function checkManifest({
  unpacked,
  archive,
  folders,
  trackFiles,
}: {
  unpacked: string
  archive: string
  folders: string[]
  trackFiles: string[]
}): ContentError[] {
  const file = path.join(unpacked, manifestName)
  // Archives made by hand (`tar czf x.tar.gz problems/`) have no manifest; their content is still checked.
  if (!existsSync(file)) return []
  const errors: ContentError[] = []
  const at = (message: string, where = file) => errors.push({ file: where, line: 1, message })
  let manifest: Partial<ArchiveManifest>
  try {
    manifest = JSON.parse(readText(file)) as Partial<ArchiveManifest>
  } catch (error) {
    at(`${manifestName} is not valid JSON: ${(error as Error).message}`)
    return errors
  }
  if (manifest.format !== archiveFormat) {
    at(`${manifestName} must have "format": "${archiveFormat}"`)
    return errors
  }
  if (typeof manifest.version !== 'number' || manifest.version > archiveFormatVersion) {
    at(
      `the archive has format version ${String(manifest.version)}, made by a newer Drill; this one reads version ${archiveFormatVersion}`,
    )
    return errors
  }
  const listed = new Map(
    (Array.isArray(manifest.problems) ? manifest.problems : []).map((entry) => [
      entry.path,
      entry.hash,
    ]),
  )
  for (const dir of folders) {
    const name = toArchivePath(path.relative(unpacked, dir))
    const hash = listed.get(name)
    if (hash === undefined)
      at(`${name}/ is not listed in ${manifestName}`, path.join(dir, 'problem.md'))
    else if (hash !== hashProblemFolder(dir))
      at(
        `the files of ${name}/ differ from the ones ${manifestName} lists (the archive was changed after export)`,
        path.join(dir, 'problem.md'),
      )
    listed.delete(name)
  }
  for (const name of listed.keys())
    at(
      `${manifestName} lists ${name}/, but the archive does not hold it (${archive} is incomplete)`,
    )
  const listedTracks = new Map(
    (Array.isArray(manifest.tracks) ? manifest.tracks : []).map((entry) => [
      entry.path,
      entry.hash,
    ]),
  )
  for (const track of trackFiles) {
    const name = toArchivePath(path.relative(unpacked, track))
    const hash = listedTracks.get(name)
    if (hash === undefined) at(`${name} is not listed in ${manifestName}`, track)
    else if (hash !== hashText(readText(track)))
      at(
        `${name} differs from the one ${manifestName} lists (the archive was changed after export)`,
        track,
      )
    listedTracks.delete(name)
  }
  for (const name of listedTracks.keys())
    at(`${manifestName} lists ${name}, but the archive does not hold it (${archive} is incomplete)`)
  return errors
}

/**
 * Moves each source to its target: everything is first copied into a folder beside `root` (same file
 * system, so each move is a rename), then renamed into place; on a failure the moves are undone in reverse.
 */
function commitImport({
  root,
  items,
}: {
  root: string
  items: { source: string; target: string }[]
}) {
  if (items.length === 0) return
  mkdirSync(root, { recursive: true })
  // A dot folder: the loader skips it, so a running check or sync never sees a half-done import.
  const stage = mkdtempSync(path.join(root, '.drill-import-'))
  const undo: (() => void)[] = []
  try {
    const staged = items.map((item, i) => {
      const copy = path.join(stage, 'new', String(i), path.basename(item.target))
      mkdirSync(path.dirname(copy), { recursive: true })
      if (statSync(item.source).isDirectory()) cpSync(item.source, copy, { recursive: true })
      else copyFileSync(item.source, copy)
      return copy
    })
    items.forEach((item, i) => {
      const parent = path.dirname(item.target)
      if (!existsSync(parent)) {
        mkdirSync(parent)
        undo.push(() => rmdirSync(parent))
      }
      if (existsSync(item.target)) {
        const old = path.join(stage, 'old', String(i))
        mkdirSync(old, { recursive: true })
        const kept = path.join(old, path.basename(item.target))
        renameSync(item.target, kept)
        undo.push(() => renameSync(kept, item.target))
      }
      renameSync(staged[i], item.target)
      undo.push(() => renameSync(item.target, staged[i]))
    })
  } catch (error) {
    for (const step of undo.reverse()) {
      try {
        step()
      } catch {
        // Keep undoing the rest; the error that stopped the import is the one to report.
      }
    }
    throw error
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

/**
 * Unpacks the archive into `into`, refusing (and listing) every entry that could write outside it or
 * is not a plain file or folder. Nothing is extracted by tar itself: each entry's bytes are written by
 * this function, to a path it has checked.
 */
async function unpackArchive({
  archive,
  into,
  limits,
}: {
  archive: string
  into: string
  limits: ArchiveLimits
}): Promise<ContentError[]> {
  const errors: ContentError[] = []
  const at = (message: string) => errors.push({ file: archive, line: 1, message })
  if (!existsSync(archive) || !statSync(archive).isFile())
    throw new ArchiveUsageError(`${archive} does not exist or is not a file.`)
  if (statSync(archive).size > limits.maxTotalBytes) {
    at(`the archive is over ${formatSize(limits.maxTotalBytes)}`)
    return errors
  }
  let tarBytes: Buffer
  try {
    // Headers and padding take up to 1.5 KB an entry on top of the files themselves.
    const maxOutputLength = limits.maxTotalBytes + (limits.maxFiles + 16) * 1536
    tarBytes = gunzipSync(readFileSync(archive), { maxOutputLength })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    at(
      code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError
        ? `the archive unpacks to over ${formatSize(limits.maxTotalBytes)}`
        : `the file is not a gzip-compressed tar archive (.tar.gz): ${(error as Error).message}`,
    )
    return errors
  }

  mkdirSync(into, { recursive: true })
  const seen = new Set<string>()
  let files = 0
  let tooMany = false
  await new Promise<void>((resolve) => {
    const parser = new Parser({
      onReadEntry: (entry: ReadEntry) => {
        const rejected = (message: string) => {
          errors.push({
            file: archive,
            line: 1,
            message: `${JSON.stringify(entry.path)} ${message}`,
          })
          entry.resume()
        }
        const name = normaliseEntryName(entry.path)
        if ('error' in name) return rejected(name.error)
        const segments = name.segments
        // Dotfiles (editor and OS litter such as ._problem.md) are not content: the loader ignores them.
        if (segments.some((segment) => segment.startsWith('.'))) return void entry.resume()
        if (entry.type === 'Directory') return void entry.resume()
        if (!['File', 'OldFile', 'ContiguousFile'].includes(entry.type))
          return rejected(
            `is ${describeEntryType(entry.type)}; an archive may hold only plain files and folders`,
          )
        const layout = checkLayout(segments)
        if (layout) return rejected(layout)
        const key = segments.join('/')
        if (seen.has(key)) return rejected('appears twice in the archive')
        seen.add(key)
        if ((entry.size ?? 0) > limits.maxFileBytes)
          return rejected(
            `is ${formatSize(entry.size ?? 0)}, over the ${formatSize(limits.maxFileBytes)} a file may have`,
          )
        files++
        if (files > limits.maxFiles) {
          if (!tooMany) at(`the archive holds more than ${limits.maxFiles} files`)
          tooMany = true
          return void entry.resume()
        }
        const target = path.join(into, ...segments)
        if (!target.startsWith(into + path.sep)) return rejected('leaves the archive folder')
        const chunks: Buffer[] = []
        entry.on('data', (chunk: Buffer) => chunks.push(chunk))
        entry.on('end', () => {
          try {
            mkdirSync(path.dirname(target), { recursive: true })
            writeFileSync(target, Buffer.concat(chunks), { flag: 'wx' })
          } catch (error) {
            errors.push({
              file: archive,
              line: 1,
              message: `${JSON.stringify(entry.path)} cannot be unpacked: ${(error as Error).message}`,
            })
          }
        })
      },
    })
    parser.on('warn', (code: string, message: string) => {
      at(
        code === 'TAR_BAD_ARCHIVE'
          ? 'the file is not a tar archive'
          : `the archive is damaged (${code}): ${message}`,
      )
    })
    parser.on('error', (error: Error) => {
      at(`the archive cannot be read: ${error.message}`)
      resolve()
    })
    parser.on('end', () => resolve())
    parser.end(tarBytes)
  })
  return errors
}

function normaliseEntryName(raw: string): { segments: string[] } | { error: string } {
  if (raw.includes('\0')) return { error: 'has a NUL character in its name' }
  if (raw.includes('\\')) return { error: 'uses backslashes; archive paths are written with /' }
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) return { error: 'is an absolute path' }
  const segments = raw.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.includes('..')) return { error: 'climbs out of the archive folder with ..' }
  if (segments.length === 0) return { error: 'has an empty name' }
  return { segments }
}

/** `drill-export.json`, `problems/tracks/<track>.yaml` and `problems/<area>/<slug>/<files>`; nothing else. */
function checkLayout(segments: string[]): string | undefined {
  if (segments.length === 1 && segments[0] === manifestName) return undefined
  const expected = `a Drill archive holds ${manifestName}, ${contentFolder}/${tracksFolder}/<track>.yaml and ${contentFolder}/<area>/<slug>/...`
  if (segments[0] !== contentFolder) return `is outside ${contentFolder}/; ${expected}`
  if (segments[1] === tracksFolder)
    return segments.length === 3 && /\.ya?ml$/.test(segments[2])
      ? undefined
      : `is not a track file; ${expected}`
  if (segments.length < 4) return `is not inside a problem folder; ${expected}`
  return undefined
}

function describeEntryType(type: string) {
  const names: Record<string, string> = {
    SymbolicLink: 'a symbolic link',
    Link: 'a hard link',
    CharacterDevice: 'a character device',
    BlockDevice: 'a block device',
    FIFO: 'a named pipe',
  }
  return names[type] ?? `an entry of type ${type}`
}

// ---- Helpers ----

function formatSize(bytes: number) {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function trackSlugOf(file: string) {
  return path.basename(file).replace(/\.ya?ml$/, '')
}

function toArchivePath(relative: string) {
  return relative.split(path.sep).join('/')
}

function byArchivePath(root: string) {
  return (a: string, b: string) =>
    compareText(toArchivePath(path.relative(root, a)), toArchivePath(path.relative(root, b)))
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0
}

function readText(file: string) {
  return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n')
}

function hashText(text: string) {
  return createHash('sha256').update(text).digest('hex')
}

/** The errors without repeats (the same file, line and message reported by two steps). */
export function dedupeErrors(errors: ContentError[]) {
  const seen = new Set<string>()
  return errors.filter((error) => {
    const key = `${error.file}\0${error.line}\0${error.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
