import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ProgressBar } from '~/components/progress-bar'
import { listUserGroups } from '~/models/groups.server'
import { listTrackProgress } from '~/models/progress.server'
import { getOptionalUser } from '~/utils/auth.server'
import { jobRoleNames, jobRoles, type JobRole } from '~/utils/roles'

export const meta: MetaFunction = () => [{ title: 'Tracks — Drill' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const groupNames = new Map(user ? listUserGroups({ userId: user.id }).map((g) => [g.id, g.name]) : [])
  const tracks = listTrackProgress({ userId: user?.id ?? null, now: Date.now() }).map((t) => ({
    slug: t.slug,
    title: t.title,
    description: t.description,
    roles: t.roles,
    solved: t.solved,
    total: t.total,
    modules: t.modules.length,
    privateTo: t.groupId === null ? null : (groupNames.get(t.groupId) ?? 'your group'),
  }))
  return json({ tracks, signedIn: Boolean(user) })
}

export default function Tracks() {
  const { tracks, signedIn } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-8">
      <h1 className="page-title">Tracks</h1>
      <section aria-labelledby="role-heading" className="card space-y-3">
        <h2 id="role-heading" className="text-lg font-semibold">
          Build a plan for a role
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Pick the job you are preparing for and Drill orders every track tagged with it into one plan. Or{' '}
          <Link to="/plan" className="link">
            paste a job posting
          </Link>{' '}
          for a plan matched to its requirements.
        </p>
        <Form method="post" action="/plan" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="role" />
          <div>
            <label htmlFor="role" className="label">
              Role
            </label>
            <select id="role" name="role" className="input" defaultValue="backend">
              {jobRoles.map((role) => (
                <option key={role} value={role}>
                  {jobRoleNames[role]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-primary">
            {signedIn ? 'Build and save my plan' : 'Show the plan'}
          </button>
        </Form>
      </section>
      {tracks.length === 0 ? <p>No tracks are installed yet.</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {tracks.map((track) => (
          <li key={track.slug} className="card space-y-3">
            <h2 className="text-lg font-semibold">
              <Link to={`/tracks/${track.slug}`} className="link">
                {track.title}
              </Link>
            </h2>
            {track.privateTo ? <p className="text-xs font-semibold uppercase tracking-wide text-amber-800 dark:text-amber-300">Private to {track.privateTo}</p> : null}
            <p className="text-sm text-slate-700 dark:text-slate-300">{track.description}</p>
            <ul className="flex flex-wrap gap-2" aria-label="Roles">
              {track.roles.map((role) => (
                <li key={role} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800">
                  {jobRoleNames[role as JobRole] ?? role}
                </li>
              ))}
            </ul>
            <ProgressBar value={track.solved} total={track.total} label={`${track.title}: ${track.modules} modules`} />
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
