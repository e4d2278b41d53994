import { json, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { listTracks } from '~/models/problems.server'

export const meta: MetaFunction = () => [{ title: 'Tracks — Drill' }]

export async function loader() {
  return json({ tracks: listTracks() })
}

const roleNames: Record<string, string> = {
  backend: 'Backend engineer',
  'cloud-infra': 'Cloud infrastructure engineer / DRI',
  sre: 'Site reliability engineer',
}

export default function Tracks() {
  const { tracks } = useLoaderData<typeof loader>()
  return (
    <div>
      <h1 className="page-title">Tracks</h1>
      {tracks.length === 0 ? <p>No tracks are installed yet.</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {tracks.map((track) => (
          <li key={track.slug} className="card">
            <h2 className="text-lg font-semibold">
              <Link to={`/tracks/${track.slug}`} className="link">
                {track.title}
              </Link>
            </h2>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{track.description}</p>
            <ul className="mt-3 flex flex-wrap gap-2" aria-label="Roles">
              {track.roles.map((role) => (
                <li key={role} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800">
                  {roleNames[role] ?? role}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
