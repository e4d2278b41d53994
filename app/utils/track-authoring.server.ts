import { canAuthorTracks, TrackValidationError } from '~/models/authored-tracks.server'
import { AuthoringError } from '~/models/authoring-error.server'
import { listMentoredGroups } from '~/models/groups.server'
import { requireUser } from './auth.server'

/** Guard for the track editor: site mentors and admins, and mentors of a group (who write for their groups). */
export async function requireTrackAuthor(request: Request) {
  const user = await requireUser(request)
  if (!canAuthorTracks(user)) throw new Response('Tracks are written by mentors: of the site, or of a study group.', { status: 403 })
  return { user, groups: listMentoredGroups({ userId: user.id }), allowPublic: user.role !== 'candidate' }
}

/** `public` or `group-<id>` from the form; undefined when it is neither. */
export function parseVisibility(value: FormDataEntryValue | null): number | null | undefined {
  if (value === 'public') return null
  const match = typeof value === 'string' ? /^group-(\d{1,9})$/.exec(value) : null
  return match ? Number(match[1]) : undefined
}

/** Every issue of a refused track and the status to answer with (422: the checks failed); rethrows anything else. */
export function trackRefusal(error: unknown): { issues: { line: number; message: string }[]; status: number } {
  if (error instanceof TrackValidationError) return { issues: error.issues, status: 422 }
  if (error instanceof AuthoringError) return { issues: [{ line: 1, message: error.message }], status: 400 }
  throw error
}
