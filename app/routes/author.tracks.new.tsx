import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { TrackCandidates, TrackForm } from '~/components/track-form'
import { getAuthoredTrack, listTrackCandidates, saveAuthoredTrack, trackTemplate } from '~/models/authored-tracks.server'
import { parseVisibility, requireTrackAuthor, trackRefusal } from '~/utils/track-authoring.server'

export const meta: MetaFunction = () => [{ title: 'New track — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { groups, allowPublic } = await requireTrackAuthor(request)
  const wanted = Number(new URL(request.url).searchParams.get('group'))
  const group = groups.find((g) => g.id === wanted) ?? (allowPublic ? undefined : groups[0])
  return json({
    groups,
    allowPublic,
    visibility: group ? `group-${group.id}` : 'public',
    candidates: listTrackCandidates({ groupId: group?.id ?? null }),
    template: trackTemplate,
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireTrackAuthor(request)
  const form = await request.formData()
  const slug = String(form.get('slug') ?? '').trim()
  const yaml = String(form.get('yaml') ?? '')
  const groupId = parseVisibility(form.get('visibility'))
  if (groupId === undefined) return json({ issues: [{ line: 1, message: 'Choose who sees the track.' }], notice: null, slug }, { status: 400 })
  if (getAuthoredTrack({ slug, viewer: user }))
    return json({ issues: [{ line: 1, message: `You already have a track "${slug}"; open it from Author to change it.` }], notice: null, slug }, { status: 400 })
  try {
    saveAuthoredTrack({ viewer: user, slug, yaml, groupId })
  } catch (error) {
    const { issues, status } = trackRefusal(error)
    return json({ issues, notice: null, slug }, { status })
  }
  return redirect(`/author/tracks/${slug}?created=1`)
}

export default function NewTrack() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const issues: { line: number; message: string }[] = result?.issues ?? []
  const slugIssue = issues.find((i) => i.line === 1 && /slug|already/.test(i.message))
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link to={data.allowPublic ? '/author' : '/groups'} className="link">
          ← {data.allowPublic ? 'Authoring' : 'Your groups'}
        </Link>
      </p>
      <h1 className="page-title">New track</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        A track is an ordered path through published problems, in modules. It passes the checks <code>drill problems check</code> makes of
        track files before it is saved, and appears under Tracks for the people who may see it.
      </p>
      <TrackForm
        slugInput={{ defaultValue: result?.slug ?? '', error: slugIssue?.message }}
        yaml={data.template}
        visibility={data.visibility}
        groups={data.groups}
        allowPublic={data.allowPublic}
        issues={issues.filter((i) => i !== slugIssue)}
        busy={navigation.state === 'submitting'}
        submitLabel="Create the track"
      />
      <TrackCandidates problems={data.candidates} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
