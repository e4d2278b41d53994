import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { TrackCandidates, TrackForm } from '~/components/track-form'
import { deleteAuthoredTrack, getAuthoredTrack, listTrackCandidates, saveAuthoredTrack } from '~/models/authored-tracks.server'
import { parseVisibility, requireTrackAuthor, trackRefusal } from '~/utils/track-authoring.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.track.title ?? 'Track'} — editing — Drill` }]

/** The viewer's own track; anyone else's (or a bundled one) is a 404, like drafts. */
async function requireOwnTrack(request: Request, slug: string | undefined) {
  const author = await requireTrackAuthor(request)
  const track = slug ? getAuthoredTrack({ slug, viewer: author.user }) : undefined
  if (!track) throw new Response('There is no track of yours with that name.', { status: 404 })
  return { ...author, track }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { track, groups, allowPublic } = await requireOwnTrack(request, params.slug)
  return json({
    track,
    groups,
    allowPublic,
    created: new URL(request.url).searchParams.has('created'),
    candidates: listTrackCandidates({ groupId: track.groupId }),
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, track } = await requireOwnTrack(request, params.slug)
  const form = await request.formData()
  try {
    if (form.get('intent') === 'delete') {
      deleteAuthoredTrack({ viewer: user, slug: track.slug })
      return redirect(user.role === 'candidate' ? '/groups' : '/author')
    }
    const groupId = parseVisibility(form.get('visibility'))
    if (groupId === undefined) return json({ issues: [{ line: 1, message: 'Choose who sees the track.' }], notice: null }, { status: 400 })
    saveAuthoredTrack({ viewer: user, slug: track.slug, yaml: String(form.get('yaml') ?? ''), groupId })
    return json({ issues: [] as { line: number; message: string }[], notice: 'Track saved.' })
  } catch (error) {
    const { issues, status } = trackRefusal(error)
    return json({ issues, notice: null }, { status })
  }
}

export default function EditTrack() {
  const { track, groups, allowPublic, created, candidates } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const notice = result?.notice ?? (created ? 'Track created.' : null)
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link to={allowPublic ? '/author' : '/groups'} className="link">
          ← {allowPublic ? 'Authoring' : 'Your groups'}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="page-title">{track.title}</h1>
        <div className="flex flex-wrap gap-3 text-sm">
          <Link to={`/tracks/${track.slug}`} className="link">
            Open the track
          </Link>
          {allowPublic ? (
            <a href={`/author/export?track=${track.slug}`} className="link" download>
              Export (.tar.gz)
            </a>
          ) : null}
        </div>
      </div>
      <p className="text-sm" data-testid="track-visibility">
        <code>{track.slug}</code> · {track.groupId === null ? 'everyone on this Drill sees it' : `only the members of “${track.groupName ?? 'a group'}” see it`}
      </p>
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400" data-testid="track-notice">
        {notice}
      </p>
      <TrackForm
        yaml={track.yaml}
        visibility={track.groupId === null ? 'public' : `group-${track.groupId}`}
        groups={groups}
        allowPublic={allowPublic || track.groupId === null}
        issues={result?.issues ?? []}
        busy={navigation.state === 'submitting'}
        submitLabel="Save the track"
      />
      <TrackCandidates problems={candidates} />
      <Form method="post" className="card flex flex-wrap items-center justify-between gap-3 text-sm">
        <p>Deleting the track takes it off Tracks; problems and everyone’s progress on them stay.</p>
        <button type="submit" name="intent" value="delete" className="btn-secondary" disabled={navigation.state === 'submitting'}>
          Delete the track
        </button>
      </Form>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
