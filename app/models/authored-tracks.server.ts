import crypto from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { and, asc, eq, isNull, ne, or } from 'drizzle-orm'
import { assignments, groups, problems, trackItems, trackModules, trackPlacements, tracks } from '#db/schema'
import { loadTrack, tracksFolder } from '~/content/loader'
import { slugSchema } from '~/content/schema'
import { getEnv } from '~/utils/env.server'
import { AuthoringError, type Viewer } from './authoring-error.server'
import { getDatabase, getDb } from './db.server'
import { writeTrack } from './content.server'
import { listMentoredGroups } from './groups.server'
import { problemVisibleTo } from './visibility.server'

/**
 * Tracks written in the browser: the same YAML as `problems/tracks/<slug>.yaml`, saved straight into the
 * track tables (a track is an ordering of published problems, so it has no drafts or versions). A track
 * may be private to one group; it then lists public problems and that group's own.
 */

export interface TrackIssue {
  line: number
  message: string
}

/** A track that failed its checks; `issues` has every one, with its line in the YAML. */
export class TrackValidationError extends AuthoringError {
  constructor(readonly issues: TrackIssue[]) {
    super(issues.map((issue) => `line ${issue.line}: ${issue.message}`).join('\n'))
  }
}

/** Slugs the /author/tracks routes use for themselves. */
const reservedTrackSlugs = new Set(['new'])

export const trackTemplate = `title: My track
roles: [backend]
description: >
  What the track is for and who should take it.
modules:
  - slug: first-steps
    title: First steps
    items: []
`

export const mentorGroupRefusal = 'Choose a group you mentor.'

/** Why the viewer may not give content this visibility, or undefined when they may. */
export function describeVisibilityRefusal({ viewer, groupId }: { viewer: Viewer; groupId: number | null }) {
  if (groupId === null)
    return viewer.role === 'candidate' ? 'Only site mentors and admins publish for everyone; choose one of your groups.' : undefined
  return listMentoredGroups({ userId: viewer.id }).some((g) => g.id === groupId) ? undefined : mentorGroupRefusal
}

/** Whether the viewer may write tracks at all: site mentors and admins, and mentors of a group (for that group). */
export function canAuthorTracks(viewer: Viewer) {
  return viewer.role !== 'candidate' || listMentoredGroups({ userId: viewer.id }).length > 0
}

const trackColumns = {
  slug: tracks.slug,
  title: tracks.title,
  yaml: tracks.yaml,
  groupId: tracks.groupId,
  groupName: groups.name,
  authorId: tracks.authorId,
  updatedAt: tracks.updatedAt,
}

/** The viewer's authored tracks, by title. */
export function listAuthoredTracks({ viewer }: { viewer: Viewer }) {
  return getDb()
    .select(trackColumns)
    .from(tracks)
    .leftJoin(groups, eq(groups.id, tracks.groupId))
    .where(and(eq(tracks.source, 'authored'), eq(tracks.authorId, viewer.id)))
    .orderBy(asc(tracks.title))
    .all()
    .map(({ yaml: _yaml, ...row }) => row)
}

/** Authored tracks private to a group, for its page. */
export function listGroupTracks({ groupId }: { groupId: number }) {
  return getDb()
    .select({ slug: tracks.slug, title: tracks.title, authorId: tracks.authorId })
    .from(tracks)
    .where(eq(tracks.groupId, groupId))
    .orderBy(asc(tracks.title))
    .all()
}

/** An authored track with its YAML, if the viewer wrote it. */
export function getAuthoredTrack({ slug, viewer }: { slug: string; viewer: Viewer }) {
  const row = getDb()
    .select(trackColumns)
    .from(tracks)
    .leftJoin(groups, eq(groups.id, tracks.groupId))
    .where(and(eq(tracks.slug, slug), eq(tracks.source, 'authored')))
    .get()
  if (!row || row.authorId !== viewer.id) return undefined
  return { ...row, yaml: row.yaml ?? '' }
}

/** Slugs of the published problems a track with this visibility may list. */
function listableSlugs(groupId: number | null) {
  return new Set(listTrackCandidates({ groupId }).map((row) => row.slug))
}

/** Problems an author can put in a track of this visibility, for the editor's list. */
export function listTrackCandidates({ groupId }: { groupId: number | null }) {
  return getDb()
    .select({ slug: problems.slug, title: problems.title, kind: problems.kind, groupId: problems.groupId })
    .from(problems)
    .where(and(ne(problems.status, 'removed'), problemVisibleTo(groupId === null ? { userId: null } : { groupId })))
    .orderBy(asc(problems.kind), asc(problems.slug))
    .all()
}

/**
 * Every reason this YAML cannot be saved as the viewer's track `slug` with this visibility: the slug, the
 * visibility, and exactly the checks `drill problems check` makes of a track file, with items resolved
 * against the problems its readers can see (`pendingSlugs`: problems the same import is publishing).
 */
export function checkAuthoredTrack({
  viewer,
  slug,
  yaml,
  groupId,
  pendingSlugs = new Set(),
}: {
  viewer: Viewer
  slug: string
  yaml: string
  groupId: number | null
  pendingSlugs?: ReadonlySet<string>
}): TrackIssue[] {
  const issues: TrackIssue[] = []
  if (!slugSchema.safeParse(slug).success) issues.push({ line: 1, message: 'A track slug is lowercase words joined by -, like "graph-basics".' })
  else if (reservedTrackSlugs.has(slug)) issues.push({ line: 1, message: `"${slug}" is reserved; choose another slug.` })
  else {
    const taken = getDb().select({ source: tracks.source, authorId: tracks.authorId }).from(tracks).where(eq(tracks.slug, slug)).get()
    const bundledFile = existsSync(path.resolve(getEnv().CONTENT_DIR, tracksFolder, `${slug}.yaml`))
    if ((taken && taken.source === 'bundled') || bundledFile) issues.push({ line: 1, message: `"${slug}" is a bundled track; choose another slug.` })
    else if (taken && taken.authorId !== viewer.id) issues.push({ line: 1, message: `Another author already has a track "${slug}"; choose another slug.` })
  }
  const refusal = describeVisibilityRefusal({ viewer, groupId })
  if (refusal) issues.push({ line: 1, message: refusal })

  const known = new Set([...listableSlugs(groupId), ...pendingSlugs])
  const file = `${slug || 'track'}.yaml`
  const { errors } = loadTrack({ file, text: yaml, knownSlugs: known })
  for (const error of errors) {
    issues.push({
      line: error.line,
      message: error.message
        .replace(/^the file name "[^"]*" must be a slug.*$/, 'The slug must be lowercase words joined by -.')
        .replace(/: no folder <area>\/[^/]+\/ exists$/, groupId === null ? ': no public problem has that slug' : ': no public problem or problem of this group has that slug'),
    })
  }
  return issues
}

/**
 * Saves the viewer's track (creating it or replacing their own), all checks first. Synchronous, so an
 * import can save tracks inside its transaction; throws `TrackValidationError` with every issue.
 */
export function saveAuthoredTrack({ viewer, slug, yaml, groupId, now = Date.now() }: { viewer: Viewer; slug: string; yaml: string; groupId: number | null; now?: number }) {
  const text = yaml.replace(/\r\n?/g, '\n')
  const issues = checkAuthoredTrack({ viewer, slug, yaml: text, groupId })
  if (issues.length > 0) throw new TrackValidationError(issues)
  const { track } = loadTrack({ file: `${slug}.yaml`, text, knownSlugs: listableSlugs(groupId) })
  if (!track) throw new TrackValidationError([{ line: 1, message: 'The track did not load.' }])
  const hash = crypto.createHash('sha256').update(JSON.stringify({ text, groupId })).digest('hex')
  const { sqlite } = getDatabase()
  const write = () => writeTrack({ track, position: 0, hash, now, authored: { authorId: viewer.id, yaml: text, groupId } })
  if (sqlite.inTransaction) write()
  else sqlite.transaction(write).immediate()
  return { slug }
}

/** Deletes the viewer's track; assignments of it become empty (their page says the track is gone). */
export function deleteAuthoredTrack({ viewer, slug }: { viewer: Viewer; slug: string }) {
  const track = getAuthoredTrack({ slug, viewer })
  if (!track) throw new AuthoringError('There is no track of yours with that slug.')
  const assigned = getDb()
    .select({ name: groups.name })
    .from(assignments)
    .innerJoin(groups, eq(groups.id, assignments.groupId))
    .where(and(eq(assignments.ref, slug), eq(assignments.target, 'track')))
    .get()
  if (assigned) throw new AuthoringError(`The group “${assigned.name}” has this track assigned; remove the assignment first.`)
  getDb().delete(tracks).where(eq(tracks.slug, slug)).run()
}

/**
 * Why a published problem cannot become visible to `groupId` only: tracks or other groups' assignments
 * that would silently lose it. Undefined when nothing depends on it.
 */
export function describeVisibilityConflict({ problemId, slug, groupId }: { problemId: number; slug: string; groupId: number | null }) {
  if (groupId === null) return undefined
  const db = getDb()
  const placed = db.select({ trackSlug: trackPlacements.trackSlug }).from(trackPlacements).where(eq(trackPlacements.problemId, problemId)).get()
  if (placed) return `It is in the track “${placed.trackSlug}”, which everyone sees; take it out of that track first.`
  const listing = db
    .select({ slug: tracks.slug })
    .from(trackItems)
    .innerJoin(trackModules, eq(trackModules.id, trackItems.moduleId))
    .innerJoin(tracks, eq(tracks.slug, trackModules.trackSlug))
    .where(and(eq(trackItems.problemSlug, slug), or(isNull(tracks.groupId), ne(tracks.groupId, groupId))))
    .get()
  if (listing) return `The track “${listing.slug}” lists it and is read by others; take it out of that track first.`
  const assigned = db
    .select({ name: groups.name })
    .from(assignments)
    .innerJoin(groups, eq(groups.id, assignments.groupId))
    .where(and(eq(assignments.target, 'problem'), eq(assignments.ref, slug), ne(assignments.groupId, groupId)))
    .get()
  if (assigned) return `The group “${assigned.name}” has it assigned; that assignment would lose it.`
  return undefined
}
